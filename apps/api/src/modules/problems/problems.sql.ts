import type {
  IntentStatus,
  ListProblemsQuery,
  ProblemDetailDto,
  ProblemEventDto,
  ProblemSatisfaction,
  ProblemStageDto,
  ProblemStatus,
  ProblemSummaryDto,
  ProblemUrgency,
  VisitDto,
} from '@qifu/contracts';

/** $1 a moment: the calendar's holidays and make-up days from its day to 120 days on (30 working days fit). */
export const CALENDAR_OVERRIDES = `SELECT day::text AS day, working FROM working_calendar_day
  WHERE day BETWEEN ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AND ($1::timestamptz AT TIME ZONE 'Asia/Shanghai')::date + 120`;

export const PROBLEM_CATEGORIES = `SELECT code, name FROM problem_category ORDER BY sort_order, code`;

/** $1 company id, $2 the category codes asked for: the company's name and the codes that exist. */
export const PROBLEM_REFERENCES = `SELECT (SELECT name FROM company WHERE id = $1) AS company_name,
         ARRAY(SELECT code FROM problem_category WHERE code = ANY($2::text[])) AS known_codes`;

/** $1 user id: an operator staff member's name (anyone else: no row). */
export const OPERATOR_STAFF = `SELECT display_name FROM app_user WHERE id = $1 AND org_kind = 'operator'`;

export const INSERT_VISIT = `INSERT INTO company_visit (company_id, visited_on, visitors, notes, recorded_by)
       VALUES ($1, $2::date, $3::text[], $4, $5)
    RETURNING id, visited_on::text AS visited_on, created_at`;

/** The deadlines come from the service (working-day calendar); created_at is the same clock. */
export const INSERT_PROBLEM = `INSERT INTO problem (company_id, visit_id, category_code, description, urgency, hard, raised_by, raised_by_role,
                          created_at, accept_due_at, progress_due_at, solve_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
    RETURNING id`;

export const INSERT_PROBLEM_EVENT = `INSERT INTO problem_event (problem_id, actor_user_id, actor_role, actor_name, from_status, to_status, note, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`;

/** $1 id: what a move is checked against. */
export const PROBLEM_FOR_MOVE = `SELECT id, company_id, status, version, solved_at FROM problem WHERE id = $1`;

// Conditional on the version the caller saw: of two concurrent moves, the second finds the
// version already bumped (READ COMMITTED re-checks the row after the first commits) and changes
// nothing. Each stage's done-at is set by the first move that completes it; a reopen reopens the
// solve stage against its original deadline.
export const MOVE_PROBLEM = `UPDATE problem SET
         status = $3::text,
         version = version + 1,
         updated_at = now(),
         assignee_user_id = COALESCE($4::uuid, assignee_user_id),
         department_name = COALESCE($5::text, department_name),
         department_contact = COALESCE($6::text, department_contact),
         satisfaction = COALESCE($7::text, satisfaction),
         closed_without_answer = closed_without_answer OR $8::boolean,
         accepted_at = CASE WHEN $3::text IN ('accepted', 'forwarded') THEN COALESCE(accepted_at, now()) ELSE accepted_at END,
         progress_at = CASE WHEN $3::text IN ('in_progress', 'solved') THEN COALESCE(progress_at, now()) ELSE progress_at END,
         solved_at = CASE WHEN $3::text = 'solved' THEN now() WHEN $3::text = 'reopened' THEN NULL ELSE solved_at END,
         confirmed_at = CASE WHEN $3::text = 'confirmed' THEN now() ELSE confirmed_at END
       WHERE id = $1 AND version = $2
   RETURNING id`;

const SUMMARY_COLUMNS = `p.id, p.company_id, c.name AS company_name, p.category_code, pc.name AS category_name, p.description,
       p.urgency, p.hard, p.status, p.assignee_user_id, au.display_name AS assignee_name, p.visit_id, p.created_at, p.version,
       p.accept_due_at, p.accepted_at, p.progress_due_at, p.progress_at, p.solve_due_at, p.solved_at, now() AS db_now`;
const SUMMARY_JOINS = `JOIN company c ON c.id = p.company_id
  JOIN problem_category pc ON pc.code = p.category_code
  LEFT JOIN app_user au ON au.id = p.assignee_user_id`;

/** $1 id: the problem, its department and rating, and its timeline (oldest first) in one statement. */
export const PROBLEM_DETAIL = `SELECT ${SUMMARY_COLUMNS}, p.department_name, p.department_contact, p.satisfaction, p.closed_without_answer,
       (SELECT json_build_object('id', i.id, 'status', i.status, 'service_title', sl.title, 'provider_name', pv.name)
          FROM intent i JOIN provider pv ON pv.id = i.provider_id LEFT JOIN service_listing sl ON sl.id = i.service_id
         WHERE i.id = p.intent_id) AS intent,
       COALESCE((SELECT json_agg(json_build_object('id', e.id::text, 'at', e.at, 'actor_role', e.actor_role, 'actor_name', e.actor_name,
                                                  'from_status', e.from_status, 'to_status', e.to_status, 'note', e.note, 'detail', e.detail)
                                ORDER BY e.at, e.id)
                   FROM problem_event e WHERE e.problem_id = p.id), '[]'::json) AS events
  FROM problem p ${SUMMARY_JOINS}
 WHERE p.id = $1`;

/** $1 visit id: the problems raised on it. */
export const VISIT_PROBLEMS = `SELECT ${SUMMARY_COLUMNS} FROM problem p ${SUMMARY_JOINS} WHERE p.visit_id = $1 ORDER BY p.created_at, p.id`;

const OVERDUE_SQL = {
  accept: 'p.accepted_at IS NULL AND p.accept_due_at < now()',
  progress: 'p.progress_at IS NULL AND p.progress_due_at < now()',
  solve: 'p.solved_at IS NULL AND p.solve_due_at < now()',
} as const;

/**
 * One page of the ledger, newest first (each filter has an index in this order), with its exact
 * total. `companyScope` is the caller's own company for a company (BOLA), else null.
 */
export function problemListPage(q: ListProblemsQuery, companyScope: string | null): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const p = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [];
  if (companyScope) where.push(`p.company_id = ${p(companyScope)}`);
  if (q.companyId) where.push(`p.company_id = ${p(q.companyId)}`);
  if (q.status) where.push(`p.status = ${p(q.status)}`);
  if (q.categoryCode) where.push(`p.category_code = ${p(q.categoryCode)}`);
  if (q.assigneeUserId) where.push(`p.assignee_user_id = ${p(q.assigneeUserId)}`);
  if (q.hard !== undefined) where.push(`p.hard = ${p(q.hard)}`);
  if (q.overdue) where.push(OVERDUE_SQL[q.overdue]);
  const limit = p(q.pageSize);
  const offset = p((q.page - 1) * q.pageSize);
  return {
    text: `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
  FROM problem p ${SUMMARY_JOINS}
 ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
 ORDER BY p.created_at DESC, p.id DESC
 LIMIT ${limit} OFFSET ${offset}`,
    values,
  };
}

/** The same filter counted, for a page past the last one. */
export function problemListCount(q: ListProblemsQuery, companyScope: string | null): { text: string; values: unknown[] } {
  const page = problemListPage({ ...q, page: 1, pageSize: 1 }, companyScope);
  const from = page.text.indexOf('FROM problem p');
  const order = page.text.indexOf(' ORDER BY');
  return { text: `SELECT count(*) AS n ${page.text.slice(from, order)}`, values: page.values.slice(0, -2) };
}

export interface ProblemSummaryRow {
  id: string;
  company_id: string;
  company_name: string;
  category_code: string;
  category_name: string;
  description: string;
  urgency: ProblemUrgency;
  hard: boolean;
  status: ProblemStatus;
  assignee_user_id: string | null;
  assignee_name: string | null;
  visit_id: string | null;
  created_at: Date;
  version: number;
  accept_due_at: Date;
  accepted_at: Date | null;
  progress_due_at: Date;
  progress_at: Date | null;
  solve_due_at: Date;
  solved_at: Date | null;
  db_now: Date;
  total?: string;
}

export interface ProblemEventRow {
  id: string;
  at: string;
  actor_role: 'company' | 'operator';
  actor_name: string | null;
  from_status: ProblemStatus | null;
  to_status: ProblemStatus;
  note: string | null;
  detail: Record<string, unknown>;
}

export interface ProblemDetailRow extends ProblemSummaryRow {
  department_name: string | null;
  department_contact: string | null;
  satisfaction: ProblemSatisfaction | null;
  closed_without_answer: boolean;
  events: ProblemEventRow[];
  intent: { id: string; status: IntentStatus; service_title: string | null; provider_name: string } | null;
}

export interface VisitRow {
  id: string;
  visited_on: string;
  created_at: Date;
}

const iso = (d: Date | string) => new Date(d).toISOString();

function stage(due: Date, done: Date | null, now: Date): ProblemStageDto {
  const dueMs = new Date(due).getTime();
  return {
    dueAt: iso(due),
    doneAt: done ? iso(done) : null,
    overdue: !done && dueMs < new Date(now).getTime(),
    late: !!done && new Date(done).getTime() > dueMs,
  };
}

export function toProblemSummary(r: ProblemSummaryRow): ProblemSummaryDto {
  return {
    id: r.id,
    company: { id: r.company_id, name: r.company_name },
    category: { code: r.category_code, name: r.category_name },
    description: r.description,
    urgency: r.urgency,
    hard: r.hard,
    status: r.status,
    assignee: r.assignee_user_id ? { id: r.assignee_user_id, name: r.assignee_name ?? '' } : null,
    visitId: r.visit_id,
    createdAt: iso(r.created_at),
    version: r.version,
    stages: {
      accept: stage(r.accept_due_at, r.accepted_at, r.db_now),
      progress: stage(r.progress_due_at, r.progress_at, r.db_now),
      solve: stage(r.solve_due_at, r.solved_at, r.db_now),
    },
  };
}

export function toProblemEvent(e: ProblemEventRow): ProblemEventDto {
  return {
    id: e.id,
    at: iso(e.at),
    actorRole: e.actor_role,
    actorName: e.actor_name ?? '',
    fromStatus: e.from_status,
    toStatus: e.to_status,
    note: e.note,
    detail: e.detail ?? {},
  };
}

export function toProblemDetail(r: ProblemDetailRow, actions: ProblemDetailDto['actions'], canRequestService: boolean, answerDueAt: Date | null): ProblemDetailDto {
  return {
    ...toProblemSummary(r),
    department: r.department_name ? { name: r.department_name, contact: r.department_contact ?? '' } : null,
    satisfaction: r.satisfaction,
    closedWithoutAnswer: r.closed_without_answer,
    answerDueAt: answerDueAt ? iso(answerDueAt) : null,
    events: r.events.map(toProblemEvent),
    intent: r.intent ? { id: r.intent.id, status: r.intent.status, serviceTitle: r.intent.service_title, providerName: r.intent.provider_name } : null,
    canRequestService,
    actions,
  };
}

/** The statuses from which an operator may still turn a problem into a marketplace request. */
export const BRIDGEABLE_STATUSES: readonly ProblemStatus[] = ['reported', 'accepted', 'forwarded', 'in_progress', 'reopened'];

/**
 * $1 problem, $2 version seen, $3 intent, $4 the acting operator (the owner if nobody owns it yet).
 * Conditional on the version and on there being no request yet: of two concurrent bridges one
 * links. A problem still only registered is accepted by the bridge (the 1-day stage is done).
 */
export const LINK_PROBLEM_INTENT = `WITH old AS (
    SELECT id, status FROM problem WHERE id = $1 AND version = $2 AND intent_id IS NULL FOR UPDATE
  )
  UPDATE problem p SET intent_id = $3, version = p.version + 1, updated_at = now(),
         status = CASE WHEN p.status = 'reported' THEN 'accepted' ELSE p.status END,
         assignee_user_id = COALESCE(p.assignee_user_id, $4::uuid),
         accepted_at = COALESCE(p.accepted_at, now())
    FROM old WHERE p.id = old.id
  RETURNING p.id, old.status AS from_status, p.status AS to_status`;

export const PROBLEM_FOR_BRIDGE = `SELECT p.id, p.company_id, p.status, p.version, p.intent_id, p.description, pc.name AS category_name
  FROM problem p JOIN problem_category pc ON pc.code = p.category_code WHERE p.id = $1`;

export function toVisit(r: VisitRow, company: VisitDto['company'], visitors: string[], notes: string, recordedBy: string, problems: ProblemSummaryDto[]): VisitDto {
  return { id: r.id, company, visitedOn: r.visited_on, visitors, notes, recordedBy, createdAt: iso(r.created_at), problems };
}
