import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEntryDto, ListAuditQuery, Page } from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestContext } from '../../common/auth/actor';

export interface AuditEntry {
  action: AuditAction;
  actor?: Pick<Actor, 'userId' | 'email' | 'org'> | null;
  /** When there is no signed-in actor (failed sign-in): who it was about. */
  email?: string;
  organisationId?: string | null;
  context: RequestContext;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Pass the transaction's manager so the entry commits or rolls back with the change it records. */
  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (action, actor_user_id, actor_email, organisation_id, ip, user_agent, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.action,
        entry.actor?.userId ?? null,
        entry.actor?.email ?? entry.email?.slice(0, 254) ?? null,
        entry.organisationId ?? entry.actor?.org.id ?? null,
        entry.context.ip,
        entry.context.userAgent,
        JSON.stringify(entry.detail ?? {}),
      ],
    );
  }

  async list(query: ListAuditQuery): Promise<Page<AuditEntryDto>> {
    const params: unknown[] = [query.pageSize, (query.page - 1) * query.pageSize];
    const where = query.action ? `WHERE action = $3` : '';
    if (query.action) params.push(query.action);
    const rows: {
      id: string;
      action: AuditEntryDto['action'];
      at: Date;
      actor_user_id: string | null;
      actor_email: string | null;
      organisation_id: string | null;
      ip: string | null;
      user_agent: string | null;
      detail: Record<string, unknown>;
      total: string;
    }[] = await this.db.query(
      `SELECT id, action, at, actor_user_id, actor_email, organisation_id, ip, user_agent, detail, count(*) OVER () AS total
         FROM audit_log ${where}
        ORDER BY at DESC, id DESC
        LIMIT $1 OFFSET $2`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.page > 1) {
      const n: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM audit_log ${where.replace('$3', '$1')}`, params.slice(2));
      total = Number(n[0].n);
    }
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        action: r.action,
        at: new Date(r.at).toISOString(),
        actorUserId: r.actor_user_id,
        actorEmail: r.actor_email,
        organisationId: r.organisation_id,
        ip: r.ip,
        userAgent: r.user_agent,
        detail: r.detail,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
