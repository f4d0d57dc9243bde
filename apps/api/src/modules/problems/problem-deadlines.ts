import { Injectable } from '@nestjs/common';
import { PROBLEM_STAGE_WORKING_DAYS } from '@qifu/contracts';
import { addWorkingDays, type CalendarOverrides } from '../intents/working-days';

/** The 13710 deadlines of a problem registered at `at`, on the park's working-day calendar. */
export function problemDeadlines(at: Date, hard: boolean, calendar?: CalendarOverrides): { accept: Date; progress: Date; solve: Date } {
  const d = PROBLEM_STAGE_WORKING_DAYS;
  return {
    accept: addWorkingDays(at, d.accept, calendar),
    progress: addWorkingDays(at, d.progress, calendar),
    solve: addWorkingDays(at, hard ? d.solveHard : d.solve, calendar),
  };
}

/** Where a registration's moment comes from; a seam so tests can register on a chosen day. */
@Injectable()
export class ProblemClock {
  now(): Date {
    return new Date();
  }
}
