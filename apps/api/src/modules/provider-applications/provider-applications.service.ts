import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListApplicationsQuery, Page, ProviderApplicationDto, ProviderStatus } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { Actor, RequestContext } from '../../common/auth/actor';
import { returning } from '../../common/db/returning';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';

const COLUMNS = `
  p.id, p.name, p.short_name, p.credit_code, p.kind, p.summary, p.description, p.qualifications, p.address, p.contact_name, p.contact_phone,
  p.status, p.review_note, p.rejection_reason, p.reviewed_at, p.submitted_at,
  COALESCE((SELECT json_agg(json_build_object('code', c.code, 'nameZh', c.name_zh, 'nameEn', c.name_en) ORDER BY c.sort_order)
              FROM provider_category pc JOIN category c ON c.code = pc.category_code WHERE pc.provider_id = p.id), '[]'::json) AS categories`;

interface Row {
  id: string;
  name: string;
  short_name: string;
  credit_code: string | null;
  kind: ProviderApplicationDto['kind'];
  summary: string;
  description: string;
  qualifications: string;
  address: string;
  contact_name: string;
  contact_phone: string;
  status: ProviderStatus;
  review_note: string | null;
  rejection_reason: string | null;
  reviewed_at: Date | null;
  submitted_at: Date;
  categories: ProviderApplicationDto['categories'];
}

const toDto = (r: Row): ProviderApplicationDto => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  creditCode: r.credit_code,
  kind: r.kind,
  summary: r.summary,
  description: r.description,
  qualifications: r.qualifications,
  address: r.address,
  categories: r.categories,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  status: r.status,
  reviewNote: r.review_note,
  rejectionReason: r.rejection_reason,
  reviewedAt: r.reviewed_at ? new Date(r.reviewed_at).toISOString() : null,
  submittedAt: new Date(r.submitted_at).toISOString(),
});

// Provider onboarding: an application stays pending until the park operator decides.
@Injectable()
export class ProviderApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(q: ListApplicationsQuery): Promise<Page<ProviderApplicationDto>> {
    const params: unknown[] = [q.pageSize, (q.page - 1) * q.pageSize];
    let where = '';
    if (q.status) {
      params.push(q.status);
      where = `WHERE p.status = $3`;
    }
    const rows: (Row & { total: string })[] = await this.db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM provider p ${where}
        ORDER BY (p.status = 'pending') DESC, p.submitted_at DESC, p.id LIMIT $1 OFFSET $2`,
      params,
    );
    return { items: rows.map(toDto), total: rows.length ? Number(rows[0].total) : 0, page: q.page, pageSize: q.pageSize };
  }

  async get(id: string): Promise<ProviderApplicationDto> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM provider p WHERE p.id = $1`, [id]);
    if (!rows.length) throw new AppError('APPLICATION_NOT_FOUND', 'No such application.');
    return toDto(rows[0]);
  }

  /** The signed-in provider's own application, for its status page. */
  mine(actor: Actor): Promise<ProviderApplicationDto> {
    return this.get(actor.org.id);
  }

  async decide(actor: Actor, id: string, decision: { approve: boolean; text: string }, ctx: RequestContext): Promise<ProviderApplicationDto> {
    await this.db.transaction(async (m) => {
      // Only a pending application changes; a second decision (or a race) is a 409.
      const updated = await returning<{ id: string }>(
        m,
        `UPDATE provider SET status = $2, review_note = $3, rejection_reason = $4, reviewed_at = now(),
                reviewed_by = $5, updated_at = now()
          WHERE id = $1 AND status = 'pending' RETURNING id`,
        [id, decision.approve ? 'approved' : 'rejected', decision.approve ? decision.text : null, decision.approve ? null : decision.text, actor.userId],
      );
      if (!updated.length) {
        const exists: unknown[] = await m.query(`SELECT 1 FROM provider WHERE id = $1`, [id]);
        if (!exists.length) throw new AppError('APPLICATION_NOT_FOUND', 'No such application.');
        throw new AppError('APPLICATION_ALREADY_DECIDED', 'This application has already been decided.');
      }
      await this.audit.record(
        {
          action: decision.approve ? 'provider.approved' : 'provider.rejected',
          actor,
          context: ctx,
          organisationId: id,
          detail: decision.approve ? { note: decision.text } : { reason: decision.text },
        },
        m,
      );
    });
    return this.get(id);
  }
}
