import { COMPANY_IMPORT_ACTIONS, COMPANY_IMPORT_STATUSES, COMPANY_TIERS, TIER_EVENT_CHANGES, TIER_EVENT_SOURCES } from '@qifu/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// The company roster (issue 15). company.credit_code already has its UNIQUE index (catalogue
// migration): the import upserts on it. An import is a previewed file (company_import_row holds
// every row as read, checked and counted) that a job then writes in batches; the row table is
// what the preview pages through (by row number, errors alone by the partial index).
// company_tier_event is the history of a company's tiers: who added or removed which, and why.
export class CompanyRoster1765958400020 implements MigrationInterface {
  name = 'CompanyRoster1765958400020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company_import (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        file_name    text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 200),
        status       text NOT NULL DEFAULT 'previewed' CHECK (status IN (${list(COMPANY_IMPORT_STATUSES)})),
        rows_total   int NOT NULL CHECK (rows_total >= 0),
        rows_new     int NOT NULL CHECK (rows_new >= 0),
        rows_update  int NOT NULL CHECK (rows_update >= 0),
        rows_error   int NOT NULL CHECK (rows_error >= 0),
        rows_done    int NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
        error        text CHECK (char_length(error) <= 500),
        created_at   timestamptz NOT NULL DEFAULT now(),
        started_at   timestamptz,
        finished_at  timestamptz,
        CHECK (rows_total = rows_new + rows_update + rows_error)
      )`);
    await q.query(`
      CREATE TABLE company_import_row (
        import_id uuid NOT NULL REFERENCES company_import(id) ON DELETE CASCADE,
        row_no    int NOT NULL,
        action    text NOT NULL CHECK (action IN (${list(COMPANY_IMPORT_ACTIONS)})),
        errors    text[] NOT NULL DEFAULT '{}',
        data      jsonb NOT NULL,
        PRIMARY KEY (import_id, row_no)
      )`);
    await q.query(`CREATE INDEX company_import_row_errors_idx ON company_import_row (import_id, row_no) WHERE action = 'error'`);
    await q.query(`
      CREATE TABLE company_tier_event (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        tier       text NOT NULL CHECK (tier IN (${list(COMPANY_TIERS)})),
        change     text NOT NULL CHECK (change IN (${list(TIER_EVENT_CHANGES)})),
        source     text NOT NULL CHECK (source IN (${list(TIER_EVENT_SOURCES)})),
        note       text NOT NULL DEFAULT '' CHECK (char_length(note) <= 200),
        actor_id   uuid REFERENCES app_user(id) ON DELETE SET NULL,
        import_id  uuid REFERENCES company_import(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX company_tier_event_company_idx ON company_tier_event (company_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE company_tier_event`);
    await q.query(`DROP TABLE company_import_row`);
    await q.query(`DROP TABLE company_import`);
  }
}
