// The intents export (StatsExportService). Pages by keyset on (created_at, id) through
// intent_created_idx read backwards, so each page costs its own rows, however deep: a
// million-row export is ~100 index ranges, never a sort of the period, and the first bytes go
// out after the first page. Every value comes as text already formatted (China time, trimmed
// numerics), fetched as arrays: the API only joins strings. The names of companies, providers,
// services and categories are not joined here (a hash join per page would scan those tables
// each time, a nested loop costs a probe per row): the service looks the few distinct ids of a
// page up once (EXPORT_*_NAMES) and keeps them for the rest of the export.

/** CST wall time of a timestamptz, to the second, as the export has always shown it. */
const cst = (col: string) => `to_char(${col} AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD HH24:MI:SS')`;

/**
 * One page: $1..$2 the period's bounds, $3..$4 the last row of the previous page (created_at as
 * text, exact to the microsecond, and id; both null for the first page), $5 the page size.
 * Columns (see COL): id, created, status, company id, provider id, service id,
 * category code, budget min/max, first response hours, contract amount, signed on, completed,
 * score, and the keyset value. The rating is a scalar subquery: one primary-key probe per row,
 * which the planner cannot turn into a hash join over every rating.
 */
export const INTENT_EXPORT_PAGE = `SELECT i.id::text, ${cst('i.created_at')}, i.status, i.company_id::text, i.provider_id::text, i.service_id::text, i.category_code,
                trim_scale(i.budget_min)::text, trim_scale(i.budget_max)::text,
                trim_scale(round((extract(epoch FROM i.first_response_at - i.created_at) / 3600.0)::numeric, 1))::text,
                trim_scale(i.contract_amount)::text, to_char(i.signed_on, 'YYYY-MM-DD'), ${cst('i.completed_at')},
                (SELECT trim_scale(round((r.professional + r.responsiveness + r.attitude + r.value) / 4.0, 2))::text
                   FROM intent_rating r WHERE r.intent_id = i.id),
                i.created_at::text
           FROM intent i
          WHERE i.created_at >= $1 AND i.created_at < $2
            AND ($3::timestamptz IS NULL OR (i.created_at, i.id) > ($3::timestamptz, $4::uuid))
          ORDER BY i.created_at, i.id
          LIMIT $5`;

/** Positions in an INTENT_EXPORT_PAGE row. */
export const COL = {
  Id: 0,
  Created: 1,
  Status: 2,
  Company: 3,
  Provider: 4,
  Service: 5,
  Category: 6,
  BudgetMin: 7,
  BudgetMax: 8,
  FirstResponseHours: 9,
  ContractAmount: 10,
  SignedOn: 11,
  Completed: 12,
  Score: 13,
  Key: 14,
} as const;

export type IntentExportRow = (string | null)[];

/** Names by id for the ids of a page ($1 text[]): [id, name] rows. */
export const EXPORT_COMPANY_NAMES = `SELECT id::text, name FROM company WHERE id = ANY($1::uuid[])`;
export const EXPORT_PROVIDER_NAMES = `SELECT id::text, name FROM provider WHERE id = ANY($1::uuid[])`;
export const EXPORT_SERVICE_TITLES = `SELECT id::text, title FROM service_listing WHERE id = ANY($1::uuid[])`;
export const EXPORT_CATEGORY_NAMES = `SELECT code, name_zh FROM category WHERE code = ANY($1::text[])`;
