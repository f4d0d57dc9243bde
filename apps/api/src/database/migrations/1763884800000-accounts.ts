import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_ACTIONS, MEMBER_ROLES, ORG_KINDS } from '@qifu/contracts';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// Which organisation a row belongs to: exactly the column matching its kind is set
// (the park operator is a single organisation and needs none).
const orgCheck = (name: string) => `CONSTRAINT ${name} CHECK (
  (org_kind = 'company') = (company_id IS NOT NULL) AND (org_kind = 'provider') = (provider_id IS NOT NULL))`;

export class Accounts1763884800000 implements MigrationInterface {
  name = 'Accounts1763884800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider
        ADD COLUMN qualifications   text NOT NULL DEFAULT '' CHECK (char_length(qualifications) <= 2000),
        ADD COLUMN submitted_at     timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN review_note      text CHECK (char_length(review_note) BETWEEN 1 AND 500),
        ADD COLUMN rejection_reason text CHECK (char_length(rejection_reason) BETWEEN 1 AND 500),
        ADD COLUMN reviewed_at      timestamptz,
        ADD CONSTRAINT provider_rejected_reason_chk CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)`);
    await q.query(`CREATE INDEX provider_status_idx ON provider (status, submitted_at)`);

    await q.query(`
      CREATE TABLE app_user (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email               text NOT NULL UNIQUE
                            CHECK (email = lower(email) AND char_length(email) <= 254 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        password_hash       text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        display_name        text NOT NULL CHECK (char_length(btrim(display_name)) BETWEEN 1 AND 40),
        org_kind            text NOT NULL CHECK (org_kind IN (${list(ORG_KINDS)})),
        company_id          uuid REFERENCES company(id) ON DELETE CASCADE,
        provider_id         uuid REFERENCES provider(id) ON DELETE CASCADE,
        role                text NOT NULL CHECK (role IN (${list(MEMBER_ROLES)})),
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        ${orgCheck('app_user_org_chk')}
      )`);
    await q.query(`CREATE INDEX app_user_company_idx ON app_user (company_id) WHERE company_id IS NOT NULL`);
    await q.query(`CREATE INDEX app_user_provider_idx ON app_user (provider_id) WHERE provider_id IS NOT NULL`);
    await q.query(`ALTER TABLE provider ADD COLUMN reviewed_by uuid REFERENCES app_user(id) ON DELETE SET NULL`);

    // The cookie carries a random token; only its SHA-256 is stored, so a leaked table
    // cannot be replayed as sessions.
    await q.query(`
      CREATE TABLE user_session (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash   bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        csrf_token   text NOT NULL CHECK (char_length(csrf_token) >= 32),
        user_id      uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        revoked_at   timestamptz,
        ip           text CHECK (char_length(ip) <= 64),
        user_agent   text CHECK (char_length(user_agent) <= 400),
        CHECK (expires_at > created_at)
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE login_failure (
        id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL CHECK (char_length(email) <= 254),
        ip    text NOT NULL CHECK (char_length(ip) <= 64),
        at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, at)`);
    await q.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, at)`);

    await q.query(`
      CREATE TABLE invitation (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash  bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        email       text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 254),
        role        text NOT NULL CHECK (role IN (${list(MEMBER_ROLES)})),
        org_kind    text NOT NULL CHECK (org_kind IN (${list(ORG_KINDS)})),
        company_id  uuid REFERENCES company(id) ON DELETE CASCADE,
        provider_id uuid REFERENCES provider(id) ON DELETE CASCADE,
        invited_by  uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        expires_at  timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at  timestamptz,
        ${orgCheck('invitation_org_chk')},
        CHECK (accepted_at IS NULL OR revoked_at IS NULL)
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at              timestamptz NOT NULL DEFAULT now(),
        action          text NOT NULL CHECK (action IN (${list(AUDIT_ACTIONS)})),
        actor_user_id   uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_email     text CHECK (char_length(actor_email) <= 254),
        organisation_id uuid,
        ip              text CHECK (char_length(ip) <= 64),
        user_agent      text CHECK (char_length(user_agent) <= 400),
        detail          jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE login_failure`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`ALTER TABLE provider DROP COLUMN reviewed_by`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP INDEX provider_status_idx`);
    await q.query(`ALTER TABLE provider DROP CONSTRAINT provider_rejected_reason_chk,
      DROP COLUMN reviewed_at, DROP COLUMN rejection_reason, DROP COLUMN review_note,
      DROP COLUMN submitted_at, DROP COLUMN qualifications`);
  }
}
