import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  COMPANY_SIZES,
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  PRICE_MODELS,
  PROVIDER_KINDS,
  PROVIDER_STATUSES,
  SERVICE_STATUSES,
} from '@qifu/contracts';

// Values are inlined as SQL literals on purpose: a migration must keep meaning what it meant
// the day it ran, so a later change to the enums needs a new migration.
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const arr = (values: readonly string[]) => `ARRAY[${list(values)}]::text[]`;

export class Catalogue1763798400000 implements MigrationInterface {
  name = 'Catalogue1763798400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE category (
        code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name_zh     text NOT NULL UNIQUE CHECK (char_length(btrim(name_zh)) BETWEEN 1 AND 40),
        name_en     text NOT NULL CHECK (char_length(btrim(name_en)) BETWEEN 1 AND 80),
        sort_order  integer NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE provider (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name          text NOT NULL UNIQUE CHECK (char_length(btrim(name)) BETWEEN 2 AND 100),
        short_name    text NOT NULL CHECK (char_length(btrim(short_name)) BETWEEN 1 AND 30),
        kind          text NOT NULL CHECK (kind IN (${list(PROVIDER_KINDS)})),
        status        text NOT NULL DEFAULT 'pending' CHECK (status IN (${list(PROVIDER_STATUSES)})),
        summary       text NOT NULL CHECK (char_length(summary) BETWEEN 1 AND 200),
        description   text NOT NULL DEFAULT '' CHECK (char_length(description) <= 5000),
        contact_name  text NOT NULL CHECK (char_length(btrim(contact_name)) BETWEEN 1 AND 40),
        contact_phone text NOT NULL CHECK (contact_phone ~ '^[0-9+() -]{5,20}$'),
        contact_email text CHECK (contact_email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'),
        address       text NOT NULL DEFAULT '' CHECK (char_length(address) <= 200),
        website       text CHECK (website ~ '^https?://'),
        -- 统一社会信用代码: 18 characters from the GB 32100-2015 alphabet (no I, O, S, V, Z).
        credit_code   text UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
        joined_at     timestamptz NOT NULL DEFAULT now(),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE provider_category (
        provider_id   uuid NOT NULL REFERENCES provider(id) ON DELETE CASCADE,
        category_code text NOT NULL REFERENCES category(code) ON UPDATE CASCADE,
        PRIMARY KEY (provider_id, category_code)
      )`);
    await q.query(`CREATE INDEX provider_category_category_idx ON provider_category (category_code)`);

    await q.query(`
      CREATE TABLE service_listing (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id   uuid NOT NULL REFERENCES provider(id),
        category_code text NOT NULL REFERENCES category(code) ON UPDATE CASCADE,
        title         text NOT NULL CHECK (char_length(btrim(title)) BETWEEN 2 AND 60),
        summary       text NOT NULL CHECK (char_length(btrim(summary)) BETWEEN 1 AND 200),
        description   text NOT NULL CHECK (char_length(description) <= 10000),
        deliverables  text[] NOT NULL DEFAULT '{}' CHECK (cardinality(deliverables) <= 20),
        stages        text[] NOT NULL CHECK (cardinality(stages) >= 1 AND stages <@ ${arr(LIFECYCLE_STAGES)}),
        price_model   text NOT NULL CHECK (price_model IN (${list(PRICE_MODELS)})),
        price_min     numeric(14,2) CHECK (price_min >= 0),
        price_max     numeric(14,2),
        price_unit    text CHECK (char_length(price_unit) BETWEEN 1 AND 10),
        duration      text NOT NULL CHECK (char_length(btrim(duration)) BETWEEN 1 AND 40),
        status        text NOT NULL DEFAULT 'draft' CHECK (status IN (${list(SERVICE_STATUSES)})),
        published_at  timestamptz,
        rating_avg    numeric(3,2) CHECK (rating_avg BETWEEN 1 AND 5),
        rating_count  integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
        -- Lower-cased title, summary, description, category and provider names; kept by triggers.
        search_text   text NOT NULL DEFAULT '',
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        UNIQUE (provider_id, title),
        CONSTRAINT service_listing_price_chk CHECK (
          (price_model = 'fixed' AND price_min IS NOT NULL AND price_max IS NULL) OR
          (price_model = 'range' AND price_min IS NOT NULL AND price_max IS NOT NULL AND price_max > price_min) OR
          (price_model = 'negotiable' AND price_min IS NULL AND price_max IS NULL AND price_unit IS NULL)
        ),
        CONSTRAINT service_listing_published_chk CHECK (status <> 'published' OR published_at IS NOT NULL),
        CONSTRAINT service_listing_rating_chk CHECK ((rating_count = 0) = (rating_avg IS NULL))
      )`);

    // Catalogue reads only ever look at published rows; partial indexes keep them small.
    await q.query(`CREATE INDEX service_listing_published_idx ON service_listing (published_at DESC, id) WHERE status = 'published'`);
    await q.query(`CREATE INDEX service_listing_category_idx ON service_listing (category_code, published_at DESC) WHERE status = 'published'`);
    await q.query(`CREATE INDEX service_listing_provider_idx ON service_listing (provider_id)`);
    await q.query(`CREATE INDEX service_listing_search_trgm_idx ON service_listing USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE FUNCTION service_listing_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(concat_ws(' ',
          NEW.title, NEW.summary, NEW.description,
          (SELECT concat_ws(' ', c.name_zh, c.name_en) FROM category c WHERE c.code = NEW.category_code),
          (SELECT concat_ws(' ', p.name, p.short_name) FROM provider p WHERE p.id = NEW.provider_id)));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER service_listing_search_text_trg
        BEFORE INSERT OR UPDATE OF title, summary, description, category_code, provider_id
        ON service_listing FOR EACH ROW EXECUTE FUNCTION service_listing_search_text()`);
    // Renaming a provider or a category re-derives the search text of its services.
    await q.query(`
      CREATE FUNCTION provider_touch_services() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE service_listing SET title = title WHERE provider_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER provider_touch_services_trg
        AFTER UPDATE OF name, short_name ON provider FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
        EXECUTE FUNCTION provider_touch_services()`);
    await q.query(`
      CREATE FUNCTION category_touch_services() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE service_listing SET title = title WHERE category_code = NEW.code;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER category_touch_services_trg
        AFTER UPDATE OF name_zh, name_en ON category FOR EACH ROW
        WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en)
        EXECUTE FUNCTION category_touch_services()`);

    await q.query(`
      CREATE TABLE company (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name          text NOT NULL UNIQUE CHECK (char_length(btrim(name)) BETWEEN 2 AND 100),
        short_name    text NOT NULL CHECK (char_length(btrim(short_name)) BETWEEN 1 AND 30),
        credit_code   text UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
        industry      text NOT NULL CHECK (char_length(btrim(industry)) BETWEEN 1 AND 40),
        size          text NOT NULL CHECK (size IN (${list(COMPANY_SIZES)})),
        stage         text NOT NULL CHECK (stage IN (${list(LIFECYCLE_STAGES)})),
        tiers         text[] NOT NULL DEFAULT '{}' CHECK (tiers <@ ${arr(COMPANY_TIERS)}),
        contact_name  text NOT NULL CHECK (char_length(btrim(contact_name)) BETWEEN 1 AND 40),
        contact_phone text NOT NULL CHECK (contact_phone ~ '^[0-9+() -]{5,20}$'),
        description   text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX company_tiers_idx ON company USING gin (tiers)`);
    await q.query(`CREATE INDEX company_stage_idx ON company (stage)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE company`);
    await q.query(`DROP TRIGGER category_touch_services_trg ON category`);
    await q.query(`DROP TRIGGER provider_touch_services_trg ON provider`);
    await q.query(`DROP TABLE service_listing`);
    await q.query(`DROP FUNCTION category_touch_services()`);
    await q.query(`DROP FUNCTION provider_touch_services()`);
    await q.query(`DROP FUNCTION service_listing_search_text()`);
    await q.query(`DROP TABLE provider_category`);
    await q.query(`DROP TABLE provider`);
    await q.query(`DROP TABLE category`);
  }
}
