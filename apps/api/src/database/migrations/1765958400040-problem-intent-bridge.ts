import type { MigrationInterface, QueryRunner } from 'typeorm';

// A problem turned into a marketplace request: the cooperation intent made for it, linked both
// ways through one column (unique: one request per problem; the intent finds its problem through
// the same unique index). When that intent completes, the problem is proposed as solved in the
// same transaction, whatever completed it (the API, the seed, a bench), so the two never disagree;
// the company then confirms or reopens it as with any solved problem.
export class ProblemIntentBridge1765958400040 implements MigrationInterface {
  name = 'ProblemIntentBridge1765958400040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE problem ADD COLUMN intent_id uuid REFERENCES intent(id) ON DELETE SET NULL`);
    await q.query(`CREATE UNIQUE INDEX problem_intent_uq ON problem (intent_id) WHERE intent_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION problem_propose_solved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- "was", not "old": OLD is the trigger's row in PL/pgSQL.
        WITH was AS (
          SELECT id, status FROM problem
           WHERE intent_id = NEW.id AND status IN ('accepted', 'forwarded', 'in_progress', 'reopened')
             FOR UPDATE
        ), moved AS (
          UPDATE problem p SET status = 'solved', version = p.version + 1, updated_at = now(),
                 progress_at = COALESCE(p.progress_at, now()), solved_at = now()
            FROM was WHERE p.id = was.id
          RETURNING p.id, was.status AS from_status
        )
        INSERT INTO problem_event (problem_id, actor_role, actor_name, from_status, to_status, note, detail)
        SELECT id, 'operator', '企服超市', from_status, 'solved', '对接的合作意向已完成，请企业确认问题是否解决',
               jsonb_build_object('intentId', NEW.id, 'via', 'intent_completed')
          FROM moved;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER intent_completed_problem AFTER UPDATE OF status ON intent
        FOR EACH ROW WHEN (NEW.status = 'completed' AND OLD.status IS DISTINCT FROM 'completed')
        EXECUTE FUNCTION problem_propose_solved()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER intent_completed_problem ON intent`);
    await q.query(`DROP FUNCTION problem_propose_solved()`);
    await q.query(`DROP INDEX problem_intent_uq`);
    await q.query(`ALTER TABLE problem DROP COLUMN intent_id`);
  }
}
