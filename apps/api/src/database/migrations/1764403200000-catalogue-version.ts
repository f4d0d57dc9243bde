import type { MigrationInterface, QueryRunner } from 'typeorm';

// A version number of everything the public catalogue shows (listings, providers, categories),
// so each API process can keep its catalogue answers in memory and know, with one primary-key read,
// whether they are still exact.
// - It is bumped by triggers, in the transaction of every write to those tables, whichever code
//   (or seed, or psql session) does it: a reader sees the new number exactly when it can see the
//   new rows, never before (a sequence would be visible before the commit) and never after.
// - The bump is a deferred constraint trigger: it runs at commit, so the row lock on the single
//   version row is taken last and held only while committing (no deadlock with the row locks the
//   writing transaction took before, and catalogue writers queue on it only for the commit itself).
//   It bumps once per transaction however many rows changed (the xid guard).
// - TRUNCATE cannot have a constraint trigger; a plain statement trigger covers it.
export class CatalogueVersion1764403200000 implements MigrationInterface {
  name = 'CatalogueVersion1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE catalogue_version (
        id        boolean PRIMARY KEY DEFAULT true CHECK (id),
        version   bigint NOT NULL DEFAULT 1,
        bumped_by xid8
      )`);
    await q.query(`INSERT INTO catalogue_version DEFAULT VALUES`);
    await q.query(`
      CREATE FUNCTION catalogue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalogue_version SET version = version + 1, bumped_by = pg_current_xact_id()
         WHERE bumped_by IS DISTINCT FROM pg_current_xact_id();
        RETURN NULL;
      END $$`);
    for (const table of ['service_listing', 'provider', 'category']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_catalogue_version_trg
          AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION catalogue_version_bump()`);
      await q.query(`
        CREATE TRIGGER ${table}_catalogue_version_truncate_trg
          AFTER TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION catalogue_version_bump()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['service_listing', 'provider', 'category']) {
      await q.query(`DROP TRIGGER ${table}_catalogue_version_truncate_trg ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_catalogue_version_trg ON ${table}`);
    }
    await q.query(`DROP FUNCTION catalogue_version_bump()`);
    await q.query(`DROP TABLE catalogue_version`);
  }
}
