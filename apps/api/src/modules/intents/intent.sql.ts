import type { IntentStatus, IntentSummaryDto } from '@qifu/contracts';

// Summary projection of an intent; `$user` is the caller's user id (for unread counts).
export const intentSummaryColumns = (userParam: string) => `
  i.id, i.status, i.need, i.budget_negotiable, i.budget_min, i.budget_max, i.wished_start_date,
  i.matched_by_operator, i.created_at, i.updated_at, i.version,
  (i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()) AS overdue,
  co.id AS company_id, co.name AS company_name, pr.id AS provider_id, pr.name AS provider_name,
  sl.id AS service_id, sl.title AS service_title,
  ca.code AS category_code, ca.name_zh AS category_name_zh, ca.name_en AS category_name_en,
  (SELECT count(*)::int FROM intent_message mm
     WHERE mm.intent_id = i.id AND mm.author_user_id IS DISTINCT FROM ${userParam}
       AND mm.at > COALESCE((SELECT r.last_read_at FROM intent_read r WHERE r.intent_id = i.id AND r.user_id = ${userParam}), '-infinity'))
    AS unread_messages`;

export const INTENT_FROM = `
  intent i
  JOIN company co ON co.id = i.company_id
  JOIN provider pr ON pr.id = i.provider_id
  JOIN category ca ON ca.code = i.category_code
  LEFT JOIN service_listing sl ON sl.id = i.service_id`;

export interface IntentSummaryRow {
  id: string;
  status: IntentStatus;
  need: string;
  budget_negotiable: boolean;
  budget_min: string | null;
  budget_max: string | null;
  wished_start_date: string | Date;
  matched_by_operator: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
  overdue: boolean;
  company_id: string;
  company_name: string;
  provider_id: string;
  provider_name: string;
  service_id: string | null;
  service_title: string | null;
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  unread_messages: number;
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** A DATE column as YYYY-MM-DD whatever the driver's parsing (pg turns dates into local Dates). */
export function dateOnly(v: string | Date | null): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v.slice(0, 10);
  const y = v.getFullYear();
  const m = String(v.getMonth() + 1).padStart(2, '0');
  const d = String(v.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function toIntentSummary(r: IntentSummaryRow): IntentSummaryDto {
  return {
    id: r.id,
    status: r.status,
    need: r.need,
    company: { id: r.company_id, name: r.company_name },
    provider: { id: r.provider_id, name: r.provider_name },
    service: r.service_id ? { id: r.service_id, title: r.service_title ?? '' } : null,
    category: { code: r.category_code, nameZh: r.category_name_zh, nameEn: r.category_name_en },
    budget: { negotiable: r.budget_negotiable, min: num(r.budget_min), max: num(r.budget_max) },
    wishedStartDate: dateOnly(r.wished_start_date) ?? '',
    matchedByOperator: r.matched_by_operator,
    overdue: r.overdue,
    unreadMessages: r.unread_messages,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}
