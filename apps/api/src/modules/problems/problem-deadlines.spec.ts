import { problemDeadlines } from './problem-deadlines';

const cst = (s: string) => new Date(`${s}+08:00`);

describe('13710 deadlines', () => {
  it('counts working days in China time: a Friday problem is due Monday, Wednesday and the next Tuesday', () => {
    const d = problemDeadlines(cst('2026-12-04T16:30:00'), false);
    expect(d.accept).toEqual(cst('2026-12-07T16:30:00'));
    expect(d.progress).toEqual(cst('2026-12-09T16:30:00'));
    expect(d.solve).toEqual(cst('2026-12-15T16:30:00'));
  });

  it('a hard problem has 30 working days (six weeks)', () => {
    expect(problemDeadlines(cst('2026-12-07T09:00:00'), true).solve).toEqual(cst('2027-01-18T09:00:00'));
  });

  it('a problem raised at the weekend starts counting on Monday morning', () => {
    // Saturday 23:30 UTC is Sunday 07:30 in Zhengzhou.
    const d = problemDeadlines(new Date('2026-12-05T23:30:00Z'), false);
    expect(d.accept).toEqual(cst('2026-12-08T00:00:00'));
  });
});
