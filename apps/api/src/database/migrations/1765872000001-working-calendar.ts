import type { MigrationInterface, QueryRunner } from 'typeorm';

// The park's working-day calendar beyond weekends: public holidays (working = false) and the
// make-up working weekends of 调休 (working = true), as the State Council publishes them each
// year. Rows are data (no seed: a wrong holiday would silently move deadlines); the 13710
// deadlines of problems read them, the intents' response deadline does not yet.
export class WorkingCalendar1765872000001 implements MigrationInterface {
  name = 'WorkingCalendar1765872000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_calendar_day (
        day     date PRIMARY KEY,
        working boolean NOT NULL,
        name    text NOT NULL DEFAULT '' CHECK (char_length(name) <= 40),
        -- A holiday on a weekday or a worked weekend; anything else is what the weekday rule says.
        CHECK (working = (extract(isodow FROM day) IN (6, 7)))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_calendar_day`);
  }
}
