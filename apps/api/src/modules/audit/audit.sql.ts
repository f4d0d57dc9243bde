import type { AuditEntryDto } from '@qifu/contracts';

export const INSERT_AUDIT_ENTRY = `INSERT INTO audit_log (action, actor_user_id, actor_email, organisation_id, ip, user_agent, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`;

const actionFilter = (param: string | null) => (param ? `WHERE action = ${param}` : '');

/** $1 page size, $2 offset, $3 (when filtered) the action; newest first. */
export const auditPage = (byAction: boolean) => `SELECT id, action, at, actor_user_id, actor_email, organisation_id, ip, user_agent, detail, count(*) OVER () AS total
         FROM audit_log ${actionFilter(byAction ? '$3' : null)}
        ORDER BY at DESC, id DESC
        LIMIT $1 OFFSET $2`;

/** The entries counted, for a page past the last one; $1 (when filtered) the action. */
export const auditCount = (byAction: boolean) => `SELECT count(*) AS n FROM audit_log ${actionFilter(byAction ? '$1' : null)}`;

export interface AuditRow {
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
}

export function toAuditEntry(r: AuditRow): AuditEntryDto {
  return {
    id: String(r.id),
    action: r.action,
    at: new Date(r.at).toISOString(),
    actorUserId: r.actor_user_id,
    actorEmail: r.actor_email,
    organisationId: r.organisation_id,
    ip: r.ip,
    userAgent: r.user_agent,
    detail: r.detail,
  };
}
