import { addWorkingDays } from './working-days';

const cst = (s: string) => new Date(`${s}+08:00`);

describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    // Thursday 10:00 + 2 working days = Monday 10:00
    expect(addWorkingDays(cst('2026-11-19T10:00:00'), 2)).toEqual(
      cst('2026-11-23T10:00:00'),
    );
    // Monday + 2 = Wednesday
    expect(addWorkingDays(cst('2026-11-16T09:30:00'), 2)).toEqual(
      cst('2026-11-18T09:30:00'),
    );
  });

  it('starts a weekend request on Monday morning', () => {
    // Saturday 15:00 → counts from Monday 00:00 → Wednesday 00:00
    expect(addWorkingDays(cst('2026-11-21T15:00:00'), 2)).toEqual(
      cst('2026-11-25T00:00:00'),
    );
  });

  it('uses China Standard Time, not the server zone', () => {
    // Friday 23:30 in Zhengzhou is still Friday although it is Friday 15:30 UTC.
    expect(addWorkingDays(cst('2026-11-20T23:30:00'), 1)).toEqual(
      cst('2026-11-23T23:30:00'),
    );
  });
});

describe('addWorkingDays with holidays and make-up days', () => {
  // 国庆 2031 as an example: Wed 1 – Tue 7 October off, Saturday 11 October worked (调休).
  const overrides = new Map<string, boolean>([
    ...['2031-10-01', '2031-10-02', '2031-10-03', '2031-10-06', '2031-10-07'].map((d) => [d, false] as [string, boolean]),
    ['2031-10-11', true],
  ]);

  it('skips the holidays and counts the make-up Saturday', () => {
    // Tuesday 30 Sep + 1 = Wednesday 8 Oct; + 4 = Saturday 11 Oct (worked), then Monday 13.
    expect(addWorkingDays(cst('2031-09-30T10:00:00'), 1, overrides)).toEqual(cst('2031-10-08T10:00:00'));
    expect(addWorkingDays(cst('2031-09-30T10:00:00'), 4, overrides)).toEqual(cst('2031-10-11T10:00:00'));
    expect(addWorkingDays(cst('2031-09-30T10:00:00'), 5, overrides)).toEqual(cst('2031-10-13T10:00:00'));
  });

  it('a request made on a holiday starts counting the next working morning', () => {
    expect(addWorkingDays(cst('2031-10-02T15:00:00'), 1, overrides)).toEqual(cst('2031-10-09T00:00:00'));
  });
});
