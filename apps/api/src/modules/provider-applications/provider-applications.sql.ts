import type { ProviderApplicationDto, ProviderStatus } from '@qifu/contracts';

const COLUMNS = `
  p.id, p.name, p.short_name, p.credit_code, p.kind, p.summary, p.description, p.qualifications, p.address, p.contact_name, p.contact_phone,
  p.status, p.review_note, p.rejection_reason, p.reviewed_at, p.submitted_at,
  COALESCE((SELECT json_agg(json_build_object('code', c.code, 'nameZh', c.name_zh, 'nameEn', c.name_en) ORDER BY c.sort_order)
              FROM provider_category pc JOIN category c ON c.code = pc.category_code WHERE pc.provider_id = p.id), '[]'::json) AS categories`;

export interface ApplicationRow {
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

export const toApplication = (r: ApplicationRow): ProviderApplicationDto => ({
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

const statusFilter = (param: string | null) => (param ? `WHERE p.status = ${param}` : '');

/** $1 page size, $2 offset, $3 (when filtered) the status; pending first, then newest. */
export const applicationsPage = (byStatus: boolean) => `SELECT ${COLUMNS}, count(*) OVER () AS total FROM provider p ${statusFilter(byStatus ? '$3' : null)}
        ORDER BY (p.status = 'pending') DESC, p.submitted_at DESC, p.id LIMIT $1 OFFSET $2`;

/** The applications counted, for a page past the last one; $1 (when filtered) the status. */
export const applicationsCount = (byStatus: boolean) => `SELECT count(*)::int AS n FROM provider p ${statusFilter(byStatus ? '$1' : null)}`;

export const APPLICATION_BY_ID = `SELECT ${COLUMNS} FROM provider p WHERE p.id = $1`;

// Only a pending application changes; a second decision (or a race) is a 409.
export const DECIDE_APPLICATION = `UPDATE provider SET status = $2, review_note = $3, rejection_reason = $4, reviewed_at = now(),
                reviewed_by = $5, updated_at = now()
          WHERE id = $1 AND status = 'pending' RETURNING id`;

export const PROVIDER_EXISTS = `SELECT 1 FROM provider WHERE id = $1`;
