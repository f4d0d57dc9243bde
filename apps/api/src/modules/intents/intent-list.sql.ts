import type { ListIntentsQuery } from '@qifu/contracts';
import {
  statement,
  type Param,
  type Statement,
} from '../../common/db/statement';
import { INTENT_FROM, intentSummaryColumns } from './intent.sql';

/** The list's filter over `intent i` (joined to INTENT_FROM when `q` searches text); `scope` is the policy's. */
function intentFilter(
  q: ListIntentsQuery,
  scope: (p: Param) => string,
  p: Param,
): string {
  const where = [scope(p)];
  if (q.status) where.push(`i.status = ${p(q.status)}`);
  if (q.companyId) where.push(`i.company_id = ${p(q.companyId)}`);
  if (q.providerId) where.push(`i.provider_id = ${p(q.providerId)}`);
  if (q.overdue === 'true')
    where.push(
      `i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()`,
    );
  if (q.q) {
    const like = p(
      `%${q.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
    where.push(
      `(lower(i.need) LIKE ${like} OR lower(co.name) LIKE ${like} OR lower(pr.name) LIKE ${like} OR lower(COALESCE(sl.title, '')) LIKE ${like})`,
    );
  }
  return where.join(' AND ');
}

// Only the text filter needs the joins; every other count reads the narrow intent rows alone.
const countFrom = (q: ListIntentsQuery) => (q.q ? INTENT_FROM : 'intent i');

/**
 * A page of intent summaries for `userId` (its unread counts). Providers see what needs an answer
 * first: overdue, then new, then the rest. The total is a count subquery (run once), not a window
 * count, so the per-row unread count is computed for the page only — a window count would compute
 * every column of every matching row. Past the last page it has no row: see intentListCount.
 */
export function intentListPage(
  userId: string,
  q: ListIntentsQuery,
  scope: (p: Param) => string,
  providerFirst: boolean,
): Statement {
  const order = providerFirst
    ? `(i.status = 'submitted' AND i.first_response_at IS NULL AND i.response_due_at < now()) DESC, (i.status = 'submitted') DESC, i.created_at DESC, i.id DESC`
    : `i.created_at DESC, i.id DESC`;
  return statement([userId], (p) => {
    const filter = intentFilter(q, scope, p);
    return `SELECT ${intentSummaryColumns('$1::uuid')}, (SELECT count(*) FROM ${countFrom(q)} WHERE ${filter}) AS total
         FROM ${INTENT_FROM}
        WHERE ${filter}
        ORDER BY ${order}
        LIMIT ${p(q.pageSize)} OFFSET ${p((q.page - 1) * q.pageSize)}`;
  });
}

/** The matching intents counted, for a page past the last one (the page's subquery has no row to ride on). */
export function intentListCount(
  q: ListIntentsQuery,
  scope: (p: Param) => string,
): Statement {
  return statement(
    [],
    (p) =>
      `SELECT count(*)::int AS n FROM ${countFrom(q)} WHERE ${intentFilter(q, scope, p)}`,
  );
}
