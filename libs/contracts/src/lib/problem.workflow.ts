// The service desk's problem (企业问题) workflow: ONE table, read by the API (to allow or refuse a
// move) and by the web (to show only the buttons allowed now). Mirrors intent.workflow.ts.

export const PROBLEM_STATUSES = [
  'reported', // 已登记: raised by the company or recorded on a visit
  'accepted', // 已受理: an operator staff member owns it
  'forwarded', // 已转办: handed to a government department, off-platform
  'in_progress', // 办理中: progress reported
  'solved', // 已办结: the operator says solved, the company has to confirm
  'reopened', // 已重开: the company says it is not solved
  'confirmed', // 已确认解决: the company confirmed and rated
] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const PROBLEM_PARTIES = ['company', 'operator'] as const;
export type ProblemParty = (typeof PROBLEM_PARTIES)[number];

export const PROBLEM_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type ProblemUrgency = (typeof PROBLEM_URGENCIES)[number];

export const PROBLEM_SATISFACTIONS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type ProblemSatisfaction = (typeof PROBLEM_SATISFACTIONS)[number];

/** Fields a move requires besides the target state. */
export type ProblemTransitionField = 'assigneeUserId' | 'departmentName' | 'departmentContact' | 'note' | 'satisfaction';

export interface ProblemTransitionRule {
  from: ProblemStatus;
  to: ProblemStatus;
  by: readonly ProblemParty[];
  requires: readonly ProblemTransitionField[];
}

export const OPEN_PROBLEM_STATUSES = ['reported', 'accepted', 'forwarded', 'in_progress', 'solved', 'reopened'] as const satisfies readonly ProblemStatus[];

const op = (from: ProblemStatus, to: ProblemStatus, requires: readonly ProblemTransitionField[]): ProblemTransitionRule => ({ from, to, by: ['operator'], requires });

export const PROBLEM_TRANSITIONS: readonly ProblemTransitionRule[] = [
  // 1 working day: accept (assign to staff) or forward to a department.
  op('reported', 'accepted', ['assigneeUserId']),
  op('reported', 'forwarded', ['departmentName', 'departmentContact']),
  // Reassign, or forward after looking into it.
  op('accepted', 'accepted', ['assigneeUserId']),
  op('accepted', 'forwarded', ['departmentName', 'departmentContact']),
  // 3 working days: report progress (again as often as there is news).
  op('accepted', 'in_progress', ['note']),
  op('forwarded', 'in_progress', ['note']),
  op('in_progress', 'in_progress', ['note']),
  op('reopened', 'in_progress', ['note']),
  // 7 (hard: 30) working days: solved.
  op('accepted', 'solved', ['note']),
  op('forwarded', 'solved', ['note']),
  op('in_progress', 'solved', ['note']),
  op('reopened', 'solved', ['note']),
  // The company has the last word.
  { from: 'solved', to: 'confirmed', by: ['company'], requires: ['satisfaction'] },
  { from: 'solved', to: 'reopened', by: ['company'], requires: ['note'] },
  // Unless it keeps silent: PROBLEM_ANSWER_WORKING_DAYS after 已办结 the operator may close it as
  // solved without a rating (recorded as closed without the company's answer). The wait is a
  // guard the API checks on the problem's solved_at; the table only says who may make the move.
  { from: 'solved', to: 'confirmed', by: ['operator'], requires: ['note'] },
];

/** Working days the company has to confirm or reopen a solved problem before the operator may close it. */
export const PROBLEM_ANSWER_WORKING_DAYS = 7;

/** The rule for `party` moving `from` → `to` (solved → confirmed has one per party), else any rule for the pair. */
export function findProblemTransition(from: ProblemStatus, to: ProblemStatus, party?: ProblemParty): ProblemTransitionRule | undefined {
  const pair = PROBLEM_TRANSITIONS.filter((t) => t.from === from && t.to === to);
  return (party && pair.find((t) => t.by.includes(party))) || pair[0];
}

/** The moves `party` may make from `from` — what the UI offers as buttons. */
export function nextProblemStates(from: ProblemStatus, party: ProblemParty): ProblemTransitionRule[] {
  return PROBLEM_TRANSITIONS.filter((t) => t.from === from && t.by.includes(party));
}

export type ProblemTransitionCheck = { ok: true; rule: ProblemTransitionRule } | { ok: false; reason: 'not_in_table' | 'wrong_party' };

export function canMoveProblem(from: ProblemStatus, to: ProblemStatus, party: ProblemParty): ProblemTransitionCheck {
  const rule = findProblemTransition(from, to, party);
  if (!rule) return { ok: false, reason: 'not_in_table' };
  if (!rule.by.includes(party)) return { ok: false, reason: 'wrong_party' };
  return { ok: true, rule };
}

// The 13710 rule (一日受理、三日反馈、七日办结、疑难问题三十日办结), in working days from registration.
export const PROBLEM_STAGES = ['accept', 'progress', 'solve'] as const;
export type ProblemStage = (typeof PROBLEM_STAGES)[number];
export const PROBLEM_STAGE_WORKING_DAYS = { accept: 1, progress: 3, solve: 7, solveHard: 30 } as const;

/** The opening categories; the table `problem_category` holds them as data (operators may add more). */
export const PROBLEM_CATEGORY_SEED = [
  { code: 'policy', name: '政策咨询' },
  { code: 'financing', name: '融资' },
  { code: 'recruitment', name: '用工招聘' },
  { code: 'ip', name: '知识产权' },
  { code: 'premises', name: '场地' },
  { code: 'approval', name: '审批手续' },
  { code: 'finance-tax', name: '财税' },
  { code: 'other', name: '其他' },
] as const;
