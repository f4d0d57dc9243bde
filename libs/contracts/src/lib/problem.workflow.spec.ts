import { canMoveProblem, nextProblemStates, PROBLEM_PARTIES, PROBLEM_STATUSES, PROBLEM_TRANSITIONS, type ProblemParty, type ProblemStatus } from './problem.workflow';

// The allowed moves written out by hand from the brief (13710 desk), independent of the table.
const ALLOWED: [ProblemStatus, ProblemStatus, ProblemParty][] = [
  ['reported', 'accepted', 'operator'],
  ['reported', 'forwarded', 'operator'],
  ['accepted', 'accepted', 'operator'],
  ['accepted', 'forwarded', 'operator'],
  ['accepted', 'in_progress', 'operator'],
  ['forwarded', 'in_progress', 'operator'],
  ['in_progress', 'in_progress', 'operator'],
  ['reopened', 'in_progress', 'operator'],
  ['accepted', 'solved', 'operator'],
  ['forwarded', 'solved', 'operator'],
  ['in_progress', 'solved', 'operator'],
  ['reopened', 'solved', 'operator'],
  ['solved', 'confirmed', 'company'],
  ['solved', 'reopened', 'company'],
  // The company did not answer in 7 working days (the wait is the API's guard).
  ['solved', 'confirmed', 'operator'],
];
const key = (f: string, t: string, p: string) => `${f}→${t} by ${p}`;
const allowed = new Set(ALLOWED.map(([f, t, p]) => key(f, t, p)));
const everyTriple = PROBLEM_STATUSES.flatMap((from) => PROBLEM_STATUSES.flatMap((to) => PROBLEM_PARTIES.map((p) => [from, to, p] as [ProblemStatus, ProblemStatus, ProblemParty])));

describe('problem transitions table', () => {
  it.each(everyTriple)('%s → %s by %s', (from, to, party) => {
    const r = canMoveProblem(from, to, party);
    expect(r.ok).toBe(allowed.has(key(from, to, party)));
    if (!r.ok) expect(r.reason).toBe(PROBLEM_TRANSITIONS.some((t) => t.from === from && t.to === to) ? 'wrong_party' : 'not_in_table');
  });

  it('confirmed is final, and the company acts only on a solved problem', () => {
    for (const p of PROBLEM_PARTIES) expect(nextProblemStates('confirmed', p)).toEqual([]);
    for (const s of PROBLEM_STATUSES.filter((s) => s !== 'solved')) expect(nextProblemStates(s, 'company')).toEqual([]);
    expect(nextProblemStates('solved', 'company').map((t) => t.to).sort()).toEqual(['confirmed', 'reopened']);
  });
});
