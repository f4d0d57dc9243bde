import type { MigrationInterface, QueryRunner } from 'typeorm';

// The catalogue version is pushed to every API process: the bump also sends
// NOTIFY catalogue_version '<new version>'. PostgreSQL delivers a notification only when its
// transaction commits (never for a rolled-back one), in commit order, to every session that
// LISTENs — so a process that listens knows each new version without reading it per request
// (see CatalogueVersionFeed). The deferred trigger runs at commit, after the version row lock, so
// the payload is the version the commit makes visible.
export class CatalogueVersionNotify1764604800001 implements MigrationInterface {
  name = 'CatalogueVersionNotify1764604800001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION catalogue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        bumped bigint;
      BEGIN
        UPDATE catalogue_version SET version = version + 1, bumped_by = pg_current_xact_id()
         WHERE bumped_by IS DISTINCT FROM pg_current_xact_id()
        RETURNING version INTO bumped;
        -- Once per transaction, like the bump (the xid guard leaves later rows with no row).
        IF bumped IS NOT NULL THEN
          PERFORM pg_notify('catalogue_version', bumped::text);
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION catalogue_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalogue_version SET version = version + 1, bumped_by = pg_current_xact_id()
         WHERE bumped_by IS DISTINCT FROM pg_current_xact_id();
        RETURN NULL;
      END $$`);
  }
}
