// The dashboard's statements. Each reads the period's problems through problem_created_idx (a
// range on created_at) or, for "overdue now", the three partial open-stage indexes: exact figures
// at park scale (thousands of problems a year) without rollups. $1/$2: the period's first instant
// and the first instant after it.

const SOLVED = `p.status IN ('solved', 'confirmed')`;
const PERIOD = `p.created_at >= $1 AND p.created_at < $2`;

/** `via`: the SQL counting solved problems linked to an intent ('0' while problem has no intent_id). */
export const dashboardTotals = (via: string) => `SELECT
       count(*)::int AS collected,
       count(*) FILTER (WHERE ${SOLVED})::int AS solved,
       count(*) FILTER (WHERE p.status = 'confirmed')::int AS confirmed,
       count(*) FILTER (WHERE p.status = 'confirmed' AND p.satisfaction IS NOT NULL)::int AS rated,
       count(*) FILTER (WHERE p.status = 'confirmed' AND p.satisfaction = 'satisfied')::int AS satisfied,
       count(*) FILTER (WHERE p.status = 'confirmed' AND p.satisfaction = 'basically_satisfied')::int AS basically_satisfied,
       count(*) FILTER (WHERE p.status = 'confirmed' AND p.satisfaction = 'dissatisfied')::int AS dissatisfied,
       count(*) FILTER (WHERE p.closed_without_answer)::int AS closed_without_answer,
       (${via})::int AS via_marketplace
  FROM problem p
 WHERE ${PERIOD}`;

export const DASHBOARD_VIA_INTENT = `count(*) FILTER (WHERE ${SOLVED} AND p.intent_id IS NOT NULL)`;

export const HAS_INTENT_LINK = `SELECT EXISTS (SELECT 1 FROM information_schema.columns
                                  WHERE table_schema = current_schema() AND table_name = 'problem' AND column_name = 'intent_id') AS present`;

/** Open stages past their deadline now, whatever the period: each an index range on a partial index. */
export const DASHBOARD_OVERDUE = `SELECT
       (SELECT count(*) FROM problem WHERE accepted_at IS NULL AND accept_due_at < now())::int AS accept,
       (SELECT count(*) FROM problem WHERE progress_at IS NULL AND progress_due_at < now())::int AS progress,
       (SELECT count(*) FROM problem WHERE solved_at IS NULL AND solve_due_at < now())::int AS solve`;

/** Every category (those with nothing in the period too), in the categories' order. */
export const DASHBOARD_BY_CATEGORY = `SELECT pc.code, pc.name, count(p.id)::int AS collected, count(p.id) FILTER (WHERE ${SOLVED})::int AS solved
  FROM problem_category pc
  LEFT JOIN problem p ON p.category_code = pc.code AND ${PERIOD}
 GROUP BY pc.code
 ORDER BY pc.sort_order, pc.code`;

export const DASHBOARD_BY_ASSIGNEE = `SELECT p.assignee_user_id AS user_id, au.display_name AS name, count(*)::int AS collected,
       count(*) FILTER (WHERE ${SOLVED})::int AS solved, count(*) FILTER (WHERE NOT ${SOLVED})::int AS open
  FROM problem p
  LEFT JOIN app_user au ON au.id = p.assignee_user_id
 WHERE ${PERIOD}
 GROUP BY p.assignee_user_id, au.display_name
 ORDER BY collected DESC, au.display_name NULLS LAST, p.assignee_user_id NULLS LAST`;

/** $1: the first day of the earliest month, $2: of the last (China time); one row a month. */
export const DASHBOARD_TREND = `SELECT to_char(m, 'YYYY-MM') AS month, count(p.id)::int AS collected, count(p.id) FILTER (WHERE ${SOLVED})::int AS solved
  FROM generate_series($1::timestamp, $2::timestamp, interval '1 month') AS m
  LEFT JOIN problem p ON p.created_at >= (m AT TIME ZONE 'Asia/Shanghai') AND p.created_at < ((m + interval '1 month') AT TIME ZONE 'Asia/Shanghai')
 GROUP BY m
 ORDER BY m`;

const cst = (col: string) => `to_char(${col} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')`;

/** One keyset page of the period's problems, newest first (problem_created_idx); $3/$4 the last row seen, $5 the size. */
export const DASHBOARD_EXPORT_PAGE = `SELECT p.id, p.created_at, ${cst('p.created_at')} AS created, c.name AS company, pc.name AS category, p.urgency, p.hard,
       p.status, au.display_name AS assignee, p.department_name, ${cst('p.accept_due_at')} AS accept_due, ${cst('p.accepted_at')} AS accepted,
       ${cst('p.progress_due_at')} AS progress_due, ${cst('p.progress_at')} AS progressed, ${cst('p.solve_due_at')} AS solve_due,
       ${cst('p.solved_at')} AS solved, ${cst('p.confirmed_at')} AS confirmed, p.satisfaction, p.closed_without_answer, p.description
  FROM problem p
  JOIN company c ON c.id = p.company_id
  JOIN problem_category pc ON pc.code = p.category_code
  LEFT JOIN app_user au ON au.id = p.assignee_user_id
 WHERE ${PERIOD} AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
 ORDER BY p.created_at DESC, p.id DESC
 LIMIT $5`;

export const DASHBOARD_EXPORT_COUNT = `SELECT count(*)::int AS n FROM problem p WHERE ${PERIOD}`;

export interface ExportRow {
  id: string;
  created_at: Date;
  created: string;
  company: string;
  category: string;
  urgency: string;
  hard: boolean;
  status: string;
  assignee: string | null;
  department_name: string | null;
  accept_due: string;
  accepted: string | null;
  progress_due: string;
  progressed: string | null;
  solve_due: string;
  solved: string | null;
  confirmed: string | null;
  satisfaction: string | null;
  closed_without_answer: boolean;
  description: string;
}
