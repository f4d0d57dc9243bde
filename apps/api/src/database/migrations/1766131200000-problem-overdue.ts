import type { MigrationInterface, QueryRunner } from 'typeorm';

// The 13710 clock's notices and the operator's close without an answer.
// - problem_overdue: one row per problem and stage whose deadline passed while the stage was open,
//   written by the sweep; the primary key is what makes a second (or concurrent) sweep tell nobody twice.
// - notification.problem_id: a notice about a problem (kind problem_overdue) rather than an intent.
// - problem.closed_without_answer: confirmed by the operator after the company's time to answer
//   passed; such a confirmation has no rating, so the confirmed ⇔ rated check becomes two.
export class ProblemOverdue1766131200000 implements MigrationInterface {
  name = 'ProblemOverdue1766131200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE problem_overdue (
        problem_id uuid NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
        stage      text NOT NULL CHECK (stage IN ('accept', 'progress', 'solve')),
        due_at     timestamptz NOT NULL,
        flagged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (problem_id, stage)
      )`);

    await q.query(`ALTER TABLE notification ADD COLUMN problem_id uuid REFERENCES problem(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check
                     CHECK (kind IN ('transition', 'message', 'overdue', 'rating', 'problem_overdue'))`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_subject_check
                     CHECK (CASE WHEN kind = 'problem_overdue' THEN problem_id IS NOT NULL AND intent_id IS NULL ELSE problem_id IS NULL END)`);
    // One notice per recipient, problem and stage, however often the sweep runs.
    await q.query(`CREATE UNIQUE INDEX notification_problem_overdue_uq ON notification (user_id, problem_id, (detail->>'stage')) WHERE kind = 'problem_overdue'`);
    await q.query(`ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check`);
    await q.query(`ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check
                     CHECK (kind IN ('transition', 'message', 'overdue', 'rating', 'problem_overdue'))`);

    await q.query(`ALTER TABLE problem ADD COLUMN closed_without_answer boolean NOT NULL DEFAULT false`);
    const [old]: { conname: string }[] = await q.query(
      `SELECT conname FROM pg_constraint
        WHERE conrelid = 'problem'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%confirmed_at IS NOT NULL%satisfaction IS NOT NULL%'`,
    );
    if (old) await q.query(`ALTER TABLE problem DROP CONSTRAINT "${old.conname}"`);
    await q.query(`ALTER TABLE problem ADD CONSTRAINT problem_confirmed_check CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL))`);
    await q.query(`ALTER TABLE problem ADD CONSTRAINT problem_rated_check
                     CHECK (status <> 'confirmed' OR (satisfaction IS NOT NULL) <> closed_without_answer)`);
    await q.query(`ALTER TABLE problem ADD CONSTRAINT problem_closed_check CHECK (NOT closed_without_answer OR status = 'confirmed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM problem WHERE closed_without_answer`);
    await q.query(`ALTER TABLE problem DROP CONSTRAINT problem_closed_check, DROP CONSTRAINT problem_rated_check, DROP CONSTRAINT problem_confirmed_check`);
    await q.query(`ALTER TABLE problem ADD CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL AND satisfaction IS NOT NULL))`);
    await q.query(`ALTER TABLE problem DROP COLUMN closed_without_answer`);
    await q.query(`DELETE FROM notification_preference WHERE kind = 'problem_overdue'`);
    await q.query(`ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check`);
    await q.query(`ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check CHECK (kind IN ('transition', 'message', 'overdue', 'rating'))`);
    await q.query(`DELETE FROM notification WHERE kind = 'problem_overdue'`);
    await q.query(`DROP INDEX notification_problem_overdue_uq`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_subject_check, DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('transition', 'message', 'overdue', 'rating'))`);
    await q.query(`ALTER TABLE notification DROP COLUMN problem_id`);
    await q.query(`DROP TABLE problem_overdue`);
  }
}
