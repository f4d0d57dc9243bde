import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INTENT_PARTIES, INTENT_STATUSES } from '@qifu/contracts';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class Intents1763971200000 implements MigrationInterface {
  name = 'Intents1763971200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE intent (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id         uuid NOT NULL REFERENCES company(id),
        provider_id        uuid NOT NULL REFERENCES provider(id),
        service_id         uuid REFERENCES service_listing(id),
        category_code      text NOT NULL REFERENCES category(code) ON UPDATE CASCADE,
        need               text NOT NULL CHECK (char_length(btrim(need)) BETWEEN 5 AND 2000),
        budget_negotiable  boolean NOT NULL,
        budget_min         numeric(14,2) CHECK (budget_min >= 0),
        budget_max         numeric(14,2),
        wished_start_date  date NOT NULL,
        contact_name       text NOT NULL CHECK (char_length(btrim(contact_name)) BETWEEN 1 AND 40),
        contact_phone      text NOT NULL CHECK (contact_phone ~ '^[0-9+() -]{5,20}$'),
        status             text NOT NULL DEFAULT 'submitted' CHECK (status IN (${list(INTENT_STATUSES)})),
        version            integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_by         uuid REFERENCES app_user(id) ON DELETE SET NULL,
        matched_by_operator boolean NOT NULL DEFAULT false,
        idempotency_key    text CHECK (char_length(idempotency_key) BETWEEN 1 AND 100),
        request_hash       text,
        response_due_at    timestamptz NOT NULL,
        first_response_at  timestamptz,
        accepted_at        timestamptz,
        signed_at          timestamptz,
        contract_amount    numeric(14,2) CHECK (contract_amount > 0),
        signed_on          date,
        completed_at       timestamptz,
        ended_at           timestamptz,
        reason             text CHECK (char_length(reason) BETWEEN 1 AND 500),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT intent_budget_chk CHECK (
          (budget_negotiable AND budget_min IS NULL AND budget_max IS NULL) OR
          (NOT budget_negotiable AND budget_min IS NOT NULL AND budget_max IS NOT NULL AND budget_max >= budget_min)),
        CONSTRAINT intent_signed_chk CHECK (status NOT IN ('signed', 'in_service', 'completed') OR
          (contract_amount IS NOT NULL AND signed_on IS NOT NULL AND signed_at IS NOT NULL)),
        CONSTRAINT intent_reason_chk CHECK (status NOT IN ('declined', 'closed') OR reason IS NOT NULL),
        CONSTRAINT intent_idempotency_uq UNIQUE (company_id, idempotency_key)
      )`);
    // Lists by party, newest first; the inbox's "waiting for an answer" and the overdue sweep.
    await q.query(`CREATE INDEX intent_company_idx ON intent (company_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX intent_provider_idx ON intent (provider_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX intent_created_idx ON intent (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX intent_due_idx ON intent (response_due_at) WHERE status = 'submitted' AND first_response_at IS NULL`);
    await q.query(`CREATE INDEX intent_service_idx ON intent (service_id) WHERE service_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE intent_event (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        intent_id     uuid NOT NULL REFERENCES intent(id) ON DELETE CASCADE,
        at            timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        actor_role    text NOT NULL CHECK (actor_role IN (${list(INTENT_PARTIES)})),
        actor_name    text,
        from_status   text CHECK (from_status IN (${list(INTENT_STATUSES)})),
        to_status     text NOT NULL CHECK (to_status IN (${list(INTENT_STATUSES)})),
        note          text CHECK (char_length(note) <= 500)
      )`);
    await q.query(`CREATE INDEX intent_event_intent_idx ON intent_event (intent_id, at, id)`);

    await q.query(`
      CREATE TABLE intent_message (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        intent_id      uuid NOT NULL REFERENCES intent(id) ON DELETE CASCADE,
        author_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        author_role    text NOT NULL CHECK (author_role IN (${list(INTENT_PARTIES)})),
        author_name    text NOT NULL,
        body           text NOT NULL CHECK (char_length(btrim(body)) BETWEEN 1 AND 2000),
        at             timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX intent_message_intent_idx ON intent_message (intent_id, at, id)`);

    await q.query(`
      CREATE TABLE intent_read (
        intent_id    uuid NOT NULL REFERENCES intent(id) ON DELETE CASCADE,
        user_id      uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        last_read_at timestamptz NOT NULL,
        PRIMARY KEY (intent_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE notification (
        id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id   uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        intent_id uuid REFERENCES intent(id) ON DELETE CASCADE,
        kind      text NOT NULL CHECK (kind IN ('transition', 'message', 'overdue', 'rating')),
        title     text NOT NULL CHECK (char_length(title) <= 200),
        detail    jsonb NOT NULL DEFAULT '{}'::jsonb,
        at        timestamptz NOT NULL DEFAULT now(),
        read_at   timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    // One overdue flag per intent and recipient, however often the sweep runs.
    await q.query(`CREATE UNIQUE INDEX notification_overdue_uq ON notification (user_id, intent_id) WHERE kind = 'overdue'`);

    await q.query(`
      CREATE TABLE intent_rating (
        intent_id      uuid PRIMARY KEY REFERENCES intent(id) ON DELETE CASCADE,
        provider_id    uuid NOT NULL REFERENCES provider(id),
        service_id     uuid REFERENCES service_listing(id),
        professional   smallint NOT NULL CHECK (professional BETWEEN 1 AND 5),
        responsiveness smallint NOT NULL CHECK (responsiveness BETWEEN 1 AND 5),
        attitude       smallint NOT NULL CHECK (attitude BETWEEN 1 AND 5),
        value          smallint NOT NULL CHECK (value BETWEEN 1 AND 5),
        comment        text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 1000),
        created_at     timestamptz NOT NULL DEFAULT now(),
        reply          text CHECK (char_length(reply) BETWEEN 1 AND 1000),
        replied_at     timestamptz,
        CHECK ((reply IS NULL) = (replied_at IS NULL))
      )`);
    await q.query(`CREATE INDEX intent_rating_provider_idx ON intent_rating (provider_id, created_at DESC)`);
    await q.query(`CREATE INDEX intent_rating_service_idx ON intent_rating (service_id, created_at DESC) WHERE service_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE provider
        ADD COLUMN rating_avg   numeric(3,2) CHECK (rating_avg BETWEEN 1 AND 5),
        ADD COLUMN rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provider DROP COLUMN rating_count, DROP COLUMN rating_avg`);
    await q.query(`DROP TABLE intent_rating`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE intent_read`);
    await q.query(`DROP TABLE intent_message`);
    await q.query(`DROP TABLE intent_event`);
    await q.query(`DROP TABLE intent`);
  }
}
