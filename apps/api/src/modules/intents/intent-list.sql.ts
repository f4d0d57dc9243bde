import {
  INTENT_SEARCH_COUNT_CAP,
  type ListIntentsQuery,
} from '@qifu/contracts';
import {
  statement,
  type Param,
  type Statement,
} from '../../common/db/statement';
import { likePattern } from '../listings/service-listing.sql';
import type { IntentCursor, IntentListOrder } from './intent-cursor';
import {
  INTENT_FROM,
  intentSummaryColumns,
  type IntentSummaryRow,
} from './intent.sql';

// Intent lists at park scale (issue 12). Each page is read in index order: the ids of the page
// first (an index walk from the cursor's key, or from the top for the first pages), then the
// joins and the per-row unread count for those rows only. The provider's inbox is up to three
// parts, each walked in (created_at DESC, id DESC) order from its own index and concatenated
// (UNION ALL, each part with its own LIMIT): overdue, the other submitted ones, the rest.

const OVERDUE = `i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()`;

const URGENCY_PARTS = [
  OVERDUE,
  `i.status = 'submitted' AND NOT (i.first_response_at IS NULL AND i.response_due_at < now())`,
  `i.status <> 'submitted'`,
] as const;

/**
 * Over the whole park a search also matches the names of companies, providers and services: those
 * are found once per statement (MATERIALIZED, shared by the page and its count) from the GIN
 * indexes over their characters (migration 1765440000000; LIKE rechecks the order), instead of
 * reading all 100,000 titles and 20,000 names twice per request. Empty without a wide search.
 */
function nameHits(q: ListIntentsQuery, wide: boolean, p: Param): string {
  if (!q.q || !wide) return '';
  const like = p(likePattern(q.q.toLowerCase()));
  const chars = p([...new Set(Array.from(q.q.toLowerCase()))]);
  return `hit_company AS MATERIALIZED (SELECT id FROM company
        WHERE search_chars(lower(name)) COLLATE "C" @> ${chars}::text[] AND lower(name) LIKE ${like}),
      hit_provider AS MATERIALIZED (SELECT id FROM provider WHERE lower(name) LIKE ${like}),
      hit_service AS MATERIALIZED (SELECT id FROM service_listing
        WHERE search_chars(lower(title)) COLLATE "C" @> ${chars}::text[] AND lower(title) LIKE ${like}),`;
}

/** The list's filter over `intent i` alone; `scope` is the policy's. */
function intentFilter(
  q: ListIntentsQuery,
  scope: (p: Param) => string,
  narrow: boolean,
  p: Param,
): string {
  const where = [scope(p)];
  if (q.status) where.push(`i.status = ${p(q.status)}`);
  if (q.companyId) where.push(`i.company_id = ${p(q.companyId)}`);
  if (q.providerId) where.push(`i.provider_id = ${p(q.providerId)}`);
  if (q.overdue === 'true') where.push(OVERDUE);
  if (q.q) {
    const like = p(likePattern(q.q.toLowerCase()));
    // Over a scope of thousands (a company, a provider) each row looks its names up (a few
    // thousand index probes). Over the whole park the matching names are found once instead
    // (nameHits), so each row tests its own text and three hashed id sets.
    where.push(
      narrow
        ? `(lower(i.need) LIKE ${like}
      OR lower((SELECT name FROM company WHERE id = i.company_id)) LIKE ${like}
      OR lower((SELECT name FROM provider WHERE id = i.provider_id)) LIKE ${like}
      OR lower(COALESCE((SELECT title FROM service_listing WHERE id = i.service_id), '')) LIKE ${like})`
        : `(lower(i.need) LIKE ${like}
      OR i.company_id IN (SELECT id FROM hit_company)
      OR i.provider_id IN (SELECT id FROM hit_provider)
      OR i.service_id IN (SELECT id FROM hit_service))`,
    );
  }
  return where.join(' AND ');
}

/** The parts of the order a query can have rows in (a status filter rules some out). */
function partsOf(order: IntentListOrder, q: ListIntentsQuery): number[] {
  if (order === 'created') return [0];
  if (q.overdue === 'true') return [0];
  if (q.status === 'submitted') return [0, 1];
  if (q.status) return [2];
  return [0, 1, 2];
}

/** How the total is had: exact (a scope of thousands), kept (the status counts), or capped. */
export type IntentTotalKind = 'exact' | 'kept' | 'capped';

export function totalKind(
  q: ListIntentsQuery,
  operatorWide: boolean,
): IntentTotalKind {
  if (!operatorWide || q.companyId || q.providerId) return 'exact';
  return q.q || q.overdue === 'true' ? 'capped' : 'kept';
}

function totalSql(
  kind: IntentTotalKind,
  q: ListIntentsQuery,
  filter: string,
  p: Param,
): string {
  if (kind === 'kept')
    return `(SELECT COALESCE(sum(n), 0)::int FROM intent_status_count${q.status ? ` WHERE status = ${p(q.status)}` : ''})`;
  if (kind === 'capped')
    return `(SELECT count(*)::int FROM (SELECT 1 FROM intent i WHERE ${filter} LIMIT ${p(INTENT_SEARCH_COUNT_CAP + 1)}) c)`;
  return `(SELECT count(*)::int FROM intent i WHERE ${filter})`;
}

export type IntentListRow = IntentSummaryRow & {
  total: number;
  list_part: number | null;
  list_key: string | null;
};

/**
 * One page of intent summaries for `userId` (its unread counts) and the list's total, in one
 * statement: the total is the one row's column even when the page is empty (a LEFT JOIN of the
 * page onto it), so a page past the end still says how many there are. Rows come in reading
 * order: for a `prev` cursor that is backwards (nearest first); `pageSize + 1` rows are asked for
 * so the caller knows whether there is more.
 */
export function intentListPage(
  userId: string,
  q: ListIntentsQuery,
  scope: (p: Param) => string,
  order: IntentListOrder,
  cursor: IntentCursor | null,
  total: IntentTotalKind,
): Statement {
  const back = cursor?.dir === 'prev';
  const desc = back ? 'ASC' : 'DESC';
  const offset = cursor ? 0 : (q.page - 1) * q.pageSize;
  return statement([userId], (p) => {
    const hits = nameHits(q, total !== 'exact', p);
    const filter = intentFilter(q, scope, total === 'exact', p);
    const limit = p(offset + q.pageSize + 1);
    let key = '';
    if (cursor)
      key = `(i.created_at, i.id) ${back ? '>' : '<'} (${p(cursor.createdAt)}::timestamptz, ${p(cursor.id)}::uuid)`;
    const parts = partsOf(order, q).filter(
      (part) => !cursor || (back ? part <= cursor.part : part >= cursor.part),
    );
    const selects = parts.map((part) => {
      const where = [filter];
      if (order === 'urgency') where.push(URGENCY_PARTS[part]);
      if (cursor && part === cursor.part) where.push(key);
      return `(SELECT i.id, ${part} AS part, i.created_at FROM intent i WHERE ${where.join(' AND ')}
                ORDER BY i.created_at ${desc}, i.id ${desc} LIMIT ${limit})`;
    });
    const partOrder = back ? 'DESC' : 'ASC';
    const ids = selects.length
      ? `SELECT * FROM (${selects.join(' UNION ALL ')}) u ORDER BY part ${partOrder}, created_at ${desc}, id ${desc} LIMIT ${p(q.pageSize + 1)} OFFSET ${p(offset)}`
      : `SELECT NULL::uuid AS id, 0 AS part, NULL::timestamptz AS created_at WHERE false`;
    return `WITH ${hits} ids AS MATERIALIZED (${ids})
      SELECT t.total, x.* FROM (SELECT ${totalSql(total, q, filter, p)} AS total) t
      LEFT JOIN LATERAL (
        SELECT ${intentSummaryColumns('$1::uuid')}, ids.part AS list_part,
               to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS list_key
          FROM ${INTENT_FROM} JOIN ids ON ids.id = i.id
      ) x ON true
      ORDER BY x.list_part ${partOrder}, x.created_at ${desc}, x.id ${desc}`;
  });
}
