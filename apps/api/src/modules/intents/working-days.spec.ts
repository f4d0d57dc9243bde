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
