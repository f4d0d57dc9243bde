import type { MigrationInterface, QueryRunner } from 'typeorm';

// Recommendations for signed-in companies (issue 16).
//
// recommendation_rule: rules as data an operator reads. `condition` is typed JSON, validated by
// recommendationConditionSchema (libs/contracts) where it is written and again where it is read;
// the CHECK only keeps it an object with a clause list. A few dozen rows: read whole per request.
// recommendation_dismissal: the cards a company dismissed (by service); read per request by the
// primary key's prefix (company_id).
export class Recommendations1765958400010 implements MigrationInterface {
  name = 'Recommendations1765958400010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE recommendation_rule (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code          text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
        condition     jsonb NOT NULL CHECK (jsonb_typeof(condition) = 'object' AND jsonb_typeof(condition->'all') = 'array'),
        category_code text NOT NULL REFERENCES category (code),
        -- A rule may point at one service; it then leads its category's cards. Gone with the listing.
        service_id    uuid REFERENCES service_listing (id) ON DELETE SET NULL,
        weight        smallint NOT NULL CHECK (weight BETWEEN 1 AND 100),
        reason_zh     text NOT NULL CHECK (char_length(reason_zh) BETWEEN 1 AND 120),
        reason_en     text NOT NULL CHECK (char_length(reason_en) BETWEEN 1 AND 200),
        active        boolean NOT NULL DEFAULT true,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    // The console lists rules heaviest first (optionally of one category).
    await q.query(`CREATE INDEX recommendation_rule_list_idx ON recommendation_rule (weight DESC, code)`);
    await q.query(`CREATE INDEX recommendation_rule_category_idx ON recommendation_rule (category_code, weight DESC, code)`);
    await q.query(`CREATE INDEX recommendation_rule_service_idx ON recommendation_rule (service_id) WHERE service_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE recommendation_dismissal (
        company_id   uuid NOT NULL REFERENCES company (id) ON DELETE CASCADE,
        service_id   uuid NOT NULL REFERENCES service_listing (id) ON DELETE CASCADE,
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, service_id)
      )`);
    // A listing's deletion finds its dismissals without reading every company's.
    await q.query(`CREATE INDEX recommendation_dismissal_service_idx ON recommendation_dismissal (service_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recommendation_dismissal`);
    await q.query(`DROP TABLE recommendation_rule`);
  }
}
