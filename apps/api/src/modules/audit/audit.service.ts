import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEntryDto, ListAuditQuery, Page } from '@qifu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { toPage, windowTotal } from '../../common/db/page';
import { auditCount, auditPage, INSERT_AUDIT_ENTRY, toAuditEntry, type AuditRow } from './audit.sql';

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
    await manager.query(INSERT_AUDIT_ENTRY, [
      entry.action,
      entry.actor?.userId ?? null,
      entry.actor?.email ?? entry.email?.slice(0, 254) ?? null,
      entry.organisationId ?? entry.actor?.org.id ?? null,
      entry.context.ip,
      entry.context.userAgent,
      JSON.stringify(entry.detail ?? {}),
    ]);
  }

  async list(query: ListAuditQuery): Promise<Page<AuditEntryDto>> {
    const byAction = Boolean(query.action);
    const filter = byAction ? [query.action] : [];
    const rows: AuditRow[] = await this.db.query(auditPage(byAction), [query.pageSize, (query.page - 1) * query.pageSize, ...filter]);
    const total = await windowTotal(rows, query.page, async () => Number(((await this.db.query(auditCount(byAction), filter)) as { n: string }[])[0].n));
    return toPage(rows.map(toAuditEntry), total, query);
  }
}
