/** The Monday (a date) of the week China Standard Time is in now. */
const THIS_WEEK = `date_trunc('week', now() AT TIME ZONE 'Asia/Shanghai')::date`;

/**
 * Adds a process's batch of searches to this week's counts, one row per query: $1 queries,
 * $2 searches, $3 without a result, $4 typo applied, $5 widened, $6 the last total. Sorted by
 * query so two processes upserting the same queries take the row locks in one order.
 */
export const ADD_SEARCHES = `INSERT INTO search_query_week AS w (week, query, searches, no_result, typo_applied, expanded, last_total)
         SELECT ${THIS_WEEK}, x.query, x.searches, x.no_result, x.typo, x.expanded, x.last_total
           FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) AS x(query, searches, no_result, typo, expanded, last_total)
          ORDER BY x.query
         ON CONFLICT (week, query) DO UPDATE SET
           searches = w.searches + EXCLUDED.searches, no_result = w.no_result + EXCLUDED.no_result,
           typo_applied = w.typo_applied + EXCLUDED.typo_applied, expanded = w.expanded + EXCLUDED.expanded,
           last_total = EXCLUDED.last_total, last_at = now()`;

/** The Monday of the week of $1 (a date), or of this week when null. */
export const WEEK_OF = `SELECT to_char(COALESCE(date_trunc('week', $1::date)::date, ${THIS_WEEK}), 'YYYY-MM-DD') AS week`;

const COLUMNS = `query, searches, no_result, typo_applied, expanded, last_total, count(*) OVER () AS total`;
/** A page of a week's ($1) queries, most searched first: $2 limit, $3 offset (search_query_week_top_idx). */
export const TOP_QUERIES = `SELECT ${COLUMNS} FROM search_query_week WHERE week = $1::date
         ORDER BY searches DESC, query LIMIT $2 OFFSET $3`;
/** The same, of the queries that found nothing at least once, most often first (search_query_week_none_idx). */
export const NO_RESULT_QUERIES = `SELECT ${COLUMNS} FROM search_query_week WHERE week = $1::date AND no_result > 0
         ORDER BY no_result DESC, query LIMIT $2 OFFSET $3`;
export const TOP_COUNT = `SELECT count(*)::int AS n FROM search_query_week WHERE week = $1::date`;
export const NO_RESULT_COUNT = `SELECT count(*)::int AS n FROM search_query_week WHERE week = $1::date AND no_result > 0`;

export interface SearchQueryRow {
  query: string;
  searches: number;
  no_result: number;
  typo_applied: number;
  expanded: number;
  last_total: number;
  total: string;
}
