import { PROBLEM_CATEGORY_SEED, PROBLEM_PARTIES, PROBLEM_SATISFACTIONS, PROBLEM_STATUSES, PROBLEM_URGENCIES } from '@qifu/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// The park's service desk: visits (走访), the problems companies raise, and every change to a
// problem as a timeline event. The 13710 deadlines are computed once at registration on the
// working-day calendar (intents/working-days.ts) and stored, so "overdue" is a comparison with the
// database clock that an index can serve. Categories are rows, so operators can add more later.
export class Problems1765872000000 implements MigrationInterface {
  name = 'Problems1765872000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE problem_category (
        code       text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(code) <= 40),
        name       text NOT NULL UNIQUE CHECK (char_length(btrim(name)) BETWEEN 1 AND 20),
        sort_order int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [i, c] of PROBLEM_CATEGORY_SEED.entries()) {
      await q.query(`INSERT INTO problem_category (code, name, sort_order) VALUES ($1, $2, $3)`, [c.code, c.name, (i + 1) * 10]);
    }

    await q.query(`
      CREATE TABLE company_visit (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id  uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        visited_on  date NOT NULL,
        visitors    text[] NOT NULL CHECK (cardinality(visitors) BETWEEN 1 AND 20),
        notes       text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 4000),
        recorded_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    // A company's visits, newest first.
    await q.query(`CREATE INDEX company_visit_company_idx ON company_visit (company_id, visited_on DESC, id DESC)`);

    await q.query(`
      CREATE TABLE problem (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id         uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        visit_id           uuid REFERENCES company_visit(id) ON DELETE SET NULL,
        category_code      text NOT NULL REFERENCES problem_category(code) ON UPDATE CASCADE,
        description        text NOT NULL CHECK (char_length(btrim(description)) BETWEEN 5 AND 2000),
        urgency            text NOT NULL CHECK (urgency IN (${list(PROBLEM_URGENCIES)})),
        hard               boolean NOT NULL DEFAULT false,
        status             text NOT NULL DEFAULT 'reported' CHECK (status IN (${list(PROBLEM_STATUSES)})),
        raised_by          uuid REFERENCES app_user(id) ON DELETE SET NULL,
        raised_by_role     text NOT NULL CHECK (raised_by_role IN (${list(PROBLEM_PARTIES)})),
        assignee_user_id   uuid REFERENCES app_user(id) ON DELETE SET NULL,
        department_name    text CHECK (char_length(department_name) <= 100),
        department_contact text CHECK (char_length(department_contact) <= 100),
        satisfaction       text CHECK (satisfaction IN (${list(PROBLEM_SATISFACTIONS)})),
        created_at         timestamptz NOT NULL,
        accept_due_at      timestamptz NOT NULL CHECK (accept_due_at > created_at),
        progress_due_at    timestamptz NOT NULL CHECK (progress_due_at >= accept_due_at),
        solve_due_at       timestamptz NOT NULL CHECK (solve_due_at >= progress_due_at),
        accepted_at        timestamptz,
        progress_at        timestamptz,
        solved_at          timestamptz,
        confirmed_at       timestamptz,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        version            int NOT NULL DEFAULT 0 CHECK (version >= 0),
        CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL AND satisfaction IS NOT NULL)),
        CHECK (status IN ('reported') OR accepted_at IS NOT NULL),
        CHECK (status NOT IN ('solved', 'confirmed') OR solved_at IS NOT NULL),
        CHECK (status <> 'forwarded' OR department_name IS NOT NULL)
      )`);
    // The operator's ledger (newest first), whole and per filter; a company's own problems.
    await q.query(`CREATE INDEX problem_created_idx ON problem (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX problem_status_idx ON problem (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX problem_company_idx ON problem (company_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX problem_assignee_idx ON problem (assignee_user_id, created_at DESC, id DESC) WHERE assignee_user_id IS NOT NULL`);
    await q.query(`CREATE INDEX problem_category_idx ON problem (category_code, created_at DESC, id DESC)`);
    // Overdue per 13710 stage: the stage is open and its deadline is what the filter compares.
    await q.query(`CREATE INDEX problem_accept_open_idx ON problem (accept_due_at) WHERE accepted_at IS NULL`);
    await q.query(`CREATE INDEX problem_progress_open_idx ON problem (progress_due_at) WHERE progress_at IS NULL`);
    await q.query(`CREATE INDEX problem_solve_open_idx ON problem (solve_due_at) WHERE solved_at IS NULL`);
    await q.query(`CREATE INDEX problem_visit_idx ON problem (visit_id) WHERE visit_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE problem_event (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        problem_id    uuid NOT NULL REFERENCES problem(id) ON DELETE CASCADE,
        at            timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_role    text NOT NULL CHECK (actor_role IN (${list(PROBLEM_PARTIES)})),
        actor_name    text,
        from_status   text CHECK (from_status IN (${list(PROBLEM_STATUSES)})),
        to_status     text NOT NULL CHECK (to_status IN (${list(PROBLEM_STATUSES)})),
        note          text CHECK (char_length(note) <= 2000),
        detail        jsonb NOT NULL DEFAULT '{}'
      )`);
    // The detail's timeline, oldest first.
    await q.query(`CREATE INDEX problem_event_problem_idx ON problem_event (problem_id, at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE problem_event`);
    await q.query(`DROP TABLE problem`);
    await q.query(`DROP TABLE company_visit`);
    await q.query(`DROP TABLE problem_category`);
  }
}
