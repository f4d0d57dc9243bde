import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { assertDatabaseCtype, UnsuitableDatabaseError } from '../src/database/database-guards';
import { runSeed } from '../src/database/seed/seed';
import { SEED_CATEGORIES } from '../src/database/seed/data/categories';
import { SEED_COMPANIES } from '../src/database/seed/data/companies';
import { SEED_PROVIDERS } from '../src/database/seed/data/providers';
import { SEED_SERVICES } from '../src/database/seed/data/services';
import { SEED_PROBLEM_COUNT } from '../src/database/seed/problem-history';
import { canMoveProblem, PROBLEM_STATUSES, type ProblemParty, type ProblemStatus } from '@qifu/contracts';
import { prepareDatabase, testDatabaseUrl } from './support/test-app';

let db: DataSource;
beforeAll(async () => {
  await prepareDatabase();
  db = createDataSource({ url: testDatabaseUrl(), poolSize: 1, statementTimeoutMs: 10000 });
  await db.initialize();
});
afterAll(async () => {
  await db?.destroy();
});

const counts = async () => {
  const [row]: Record<string, string>[] = await db.query(`SELECT
      (SELECT count(*) FROM category) AS categories, (SELECT count(*) FROM provider) AS providers,
      (SELECT count(*) FROM provider_category) AS links, (SELECT count(*) FROM service_listing) AS services,
      (SELECT count(*) FROM company) AS companies`);
  return row;
};

describe('migrations and seed', () => {
  it('leaves no migration pending', async () => {
    expect(await db.showMigrations()).toBe(false);
  });

  it('loads the whole seed', async () => {
    const c = await counts();
    expect(Number(c.categories)).toBe(SEED_CATEGORIES.length);
    // Other test files add their own providers and companies; count the seeded ones by name.
    const seeded = async (table: string, names: string[]) =>
      Number((await db.query(`SELECT count(*) AS n FROM ${table} WHERE name = ANY($1::text[])`, [names]))[0].n);
    expect(await seeded('provider', SEED_PROVIDERS.map((p) => p.name))).toBe(14);
    expect(await seeded('company', SEED_COMPANIES.map((p) => p.name))).toBe(SEED_COMPANIES.length);
    expect(Number(c.services)).toBeGreaterThanOrEqual(SEED_SERVICES.length);
    expect(SEED_SERVICES.length).toBeGreaterThanOrEqual(32);
  });

  it('is idempotent: a second run adds and changes nothing', async () => {
    const before = await counts();
    const snapshot = await db.query(`SELECT id, title, updated_at FROM service_listing ORDER BY id`);
    const result = await runSeed(db);
    expect(result).toEqual({ categories: 0, providers: 0, services: 0, companies: 0, intents: 0, visits: 0, problems: 0 });
    expect(await counts()).toEqual(before);
    expect(await db.query(`SELECT id, title, updated_at FROM service_listing ORDER BY id`)).toEqual(snapshot);
  });

  it('gives every provider at least one service and names the opening-day companies', async () => {
    const lonely = await db.query(
      `SELECT p.name FROM provider p
        WHERE p.name = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM service_listing s WHERE s.provider_id = p.id)`,
      [SEED_PROVIDERS.map((p) => p.name)],
    );
    expect(lonely).toEqual([]);
    const names: { short_name: string }[] = await db.query(`SELECT short_name FROM company`);
    const shorts = names.map((n) => n.short_name);
    for (const n of ['埃尓森', '晟盾电子', '爱普锐', '博凯药业', '中科院苏州医工所郑州研究院']) expect(shorts).toContain(n);
    const providerNames: string[] = (await db.query(`SELECT name FROM provider WHERE status = 'approved'`)).map((r: { name: string }) => r.name);
    for (const p of SEED_PROVIDERS) expect(providerNames).toContain(p.name);
  });
});

describe('constraints refuse bad rows even if the code has a bug', () => {
  const insertService = (overrides: string) =>
    db.query(`INSERT INTO service_listing (provider_id, category_code, title, summary, description, stages,
                price_model, price_min, price_max, duration, status, published_at)
              SELECT id, 'financial-audit', '约束测试服务', '测试', '测试', ${overrides}
                FROM provider LIMIT 1`);

  it.each([
    ["ARRAY['teen']::text[], 'fixed', 100, NULL, '1天', 'published', now()", 'unknown stage'],
    ["ARRAY[]::text[], 'fixed', 100, NULL, '1天', 'published', now()", 'no stage'],
    ["ARRAY['growth']::text[], 'range', 500, 100, '1天', 'published', now()", 'range with max below min'],
    ["ARRAY['growth']::text[], 'negotiable', 100, NULL, '1天', 'published', now()", '面议 with a price'],
    ["ARRAY['growth']::text[], 'fixed', -1, NULL, '1天', 'published', now()", 'negative price'],
    ["ARRAY['growth']::text[], 'fixed', 100, NULL, '1天', 'published', NULL", 'published without a date'],
    ["ARRAY['growth']::text[], 'fixed', 100, NULL, '1天', 'sold', now()", 'unknown status'],
  ])('refuses %s (%s)', async (values) => {
    await expect(insertService(values)).rejects.toThrow(/violates/);
  });

  it('refuses a second provider with the same name and a bad credit code', async () => {
    await expect(
      db.query(`INSERT INTO provider (name, short_name, kind, summary, contact_name, contact_phone)
                SELECT name, 'x', kind, 'x', 'x', '0371-1' FROM provider LIMIT 1`),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      db.query(`INSERT INTO company (name, short_name, credit_code, industry, size, stage, contact_name, contact_phone)
                VALUES ('约束测试公司', '约束', 'IOSVZ0000000000000', '软件', 'small', 'growth', '张', '13800000000')`),
    ).rejects.toThrow(/violates check/);
  });

  it('keeps the search text in step when a provider is renamed', async () => {
    const [p]: { id: string; name: string }[] = await db.query(`SELECT id, name FROM provider ORDER BY name LIMIT 1`);
    await db.transaction(async (m) => {
      await m.query(`UPDATE provider SET name = $2 WHERE id = $1`, [p.id, '改名测试机构QX']);
      const hits = await m.query(`SELECT count(*)::int AS n FROM service_listing WHERE search_text LIKE '%改名测试机构qx%'`);
      expect(hits[0].n).toBeGreaterThan(0);
      await m.query(`UPDATE provider SET name = $2 WHERE id = $1`, [p.id, p.name]);
    });
    const after = await db.query(`SELECT count(*)::int AS n FROM service_listing WHERE search_text LIKE '%改名测试机构qx%'`);
    expect(after[0].n).toBe(0);
  });
});

describe('database character type guard', () => {
  it('accepts the test database', async () => {
    await expect(assertDatabaseCtype(db)).resolves.toBeUndefined();
  });

  // Only a real server can create a second database with another ctype; PGlite has one.
  const onServer = process.env.QIFU_TEST_EMBEDDED ? it.skip : it;
  onServer('refuses a database whose LC_CTYPE is C', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    const name = `qifu_ctype_c_test_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C' LC_COLLATE 'C'`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${name}`;
    const other = createDataSource({ url: url.toString(), poolSize: 1, statementTimeoutMs: 5000 });
    try {
      await other.initialize();
      await expect(assertDatabaseCtype(other)).rejects.toThrow(UnsuitableDatabaseError);
      await expect(assertDatabaseCtype(other)).rejects.toThrow(/LC_CTYPE is "C"/);
    } finally {
      await other.destroy();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    }
  });
});

describe('seeded intents', () => {
  it('include the opening-day intents of the news report', async () => {
    const rows: { company: string; status: string; matched: boolean }[] = await db.query(
      `SELECT co.short_name AS company, i.status, i.matched_by_operator AS matched FROM intent i
         JOIN company co ON co.id = i.company_id JOIN provider p ON p.id = i.provider_id
        WHERE i.idempotency_key LIKE 'seed:opening:%' AND p.name = $1 ORDER BY co.short_name`,
      ['北京外企人力资源服务河南有限公司'],
    );
    expect(rows.map((r) => r.company).sort()).toEqual(['博凯药业', '埃尓森', '晟盾电子', '爱普锐'].sort());
    expect(rows.every((r) => r.status === 'negotiating' && r.matched)).toBe(true);
    const [audit] = await db.query(
      `SELECT i.status FROM intent i JOIN company co ON co.id = i.company_id JOIN provider p ON p.id = i.provider_id
        WHERE co.short_name = '中科院苏州医工所郑州研究院' AND p.name = '河南富平联合会计师事务所（普通合伙）'`,
    );
    expect(audit.status).toBe('accepted');
  });

  it('spread over many weeks and every state, with timelines that end in the current state', async () => {
    const [spread] = await db.query(
      `SELECT count(DISTINCT date_trunc('week', created_at))::int AS weeks, count(DISTINCT status)::int AS states
         FROM intent WHERE idempotency_key LIKE 'seed:history:%'`,
    );
    expect(spread.weeks).toBeGreaterThanOrEqual(20);
    expect(spread.states).toBe(9);
    const broken = await db.query(
      `SELECT i.id FROM intent i
        WHERE i.idempotency_key LIKE 'seed:%'
          AND i.status <> (SELECT e.to_status FROM intent_event e WHERE e.intent_id = i.id ORDER BY e.at DESC, e.id DESC LIMIT 1)`,
    );
    expect(broken).toEqual([]);
  });

  it('keeps the catalogue rating columns equal to the ratings', async () => {
    const wrong = await db.query(
      `SELECT s.id FROM service_listing s
         LEFT JOIN (SELECT service_id, round(avg((professional + responsiveness + attitude + value) / 4.0), 2) AS a, count(*)::int AS n
                      FROM intent_rating GROUP BY service_id) x ON x.service_id = s.id
        WHERE s.rating_count <> COALESCE(x.n, 0) OR s.rating_avg IS DISTINCT FROM x.a`,
    );
    expect(wrong).toEqual([]);
  });
});

describe('seeded service desk', () => {
  const seeded = `SELECT p.* FROM problem p WHERE EXISTS (SELECT 1 FROM problem_event e WHERE e.problem_id = p.id AND e.detail ? 'seedKey')`;

  it('has about forty problems in every status, on visits too, overdue at every 13710 stage, hard ones, every rating and reopened ones', async () => {
    const [r] = await db.query(
      `SELECT count(*)::int AS n, array_agg(DISTINCT status ORDER BY status) AS statuses,
              count(*) FILTER (WHERE visit_id IS NOT NULL)::int AS on_visits,
              count(*) FILTER (WHERE hard)::int AS hard,
              count(*) FILTER (WHERE accepted_at IS NULL AND accept_due_at < now())::int AS late_accept,
              count(*) FILTER (WHERE progress_at IS NULL AND progress_due_at < now())::int AS late_progress,
              count(*) FILTER (WHERE solved_at IS NULL AND solve_due_at < now())::int AS late_solve,
              array_agg(DISTINCT satisfaction) FILTER (WHERE satisfaction IS NOT NULL) AS ratings,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM problem_event e WHERE e.problem_id = s.id AND e.to_status = 'reopened'))::int AS reopened
         FROM (${seeded}) s`,
    );
    expect(r.n).toBe(SEED_PROBLEM_COUNT);
    expect(SEED_PROBLEM_COUNT).toBeGreaterThanOrEqual(40);
    expect([...r.statuses].sort()).toEqual([...PROBLEM_STATUSES].sort());
    expect(r.on_visits).toBeGreaterThan(5);
    expect(r.hard).toBeGreaterThan(3);
    expect(r.late_accept).toBeGreaterThanOrEqual(2);
    expect(r.late_progress).toBeGreaterThanOrEqual(2);
    expect(r.late_solve).toBeGreaterThanOrEqual(2);
    expect([...r.ratings].sort()).toEqual(['basically_satisfied', 'dissatisfied', 'satisfied']);
    expect(r.reopened).toBeGreaterThanOrEqual(4);
    const [v] = await db.query(`SELECT count(DISTINCT p.visit_id)::int AS n FROM (${seeded}) p`);
    expect(v.n).toBeGreaterThan(5);
  });

  it('writes timelines of moves in the transitions table, ending in the current state, with the stage times stored', async () => {
    const events: { problem_id: string; status: string; from_status: string | null; to_status: string; actor_role: string; k: number; n: number }[] = await db.query(
      `SELECT e.problem_id, p.status, e.from_status, e.to_status, e.actor_role,
              row_number() OVER (PARTITION BY e.problem_id ORDER BY e.at, e.id)::int AS k, count(*) OVER (PARTITION BY e.problem_id)::int AS n
         FROM (${seeded}) p JOIN problem_event e ON e.problem_id = p.id ORDER BY e.problem_id, e.at, e.id`,
    );
    let prev: string | null = null;
    for (const e of events) {
      if (e.k === 1) {
        expect([e.from_status, e.to_status]).toEqual([null, 'reported']);
      } else {
        expect(e.from_status).toBe(prev);
        // Checked per party: solved → confirmed is the company's rating or the operator's close.
        expect(canMoveProblem(e.from_status as ProblemStatus, e.to_status as ProblemStatus, e.actor_role as ProblemParty)).toMatchObject({ ok: true });
      }
      if (e.k === e.n) expect(e.to_status).toBe(e.status);
      prev = e.to_status;
    }
    const wrong = await db.query(
      `SELECT id FROM (${seeded}) p
        WHERE version <> (SELECT count(*) - 1 FROM problem_event e WHERE e.problem_id = p.id)
           OR (status = 'reported') <> (accepted_at IS NULL)
           OR (status IN ('solved', 'confirmed')) <> (solved_at IS NOT NULL)
           OR created_at > now() OR updated_at > now()`,
    );
    expect(wrong).toEqual([]);
    // The operator's close of an unanswered problem: no rating, and 7 working days (at least 9
    // calendar days) after it was solved.
    const closed = await db.query(`SELECT satisfaction, confirmed_at - solved_at >= interval '9 days' AS waited FROM (${seeded}) p WHERE closed_without_answer`);
    expect(closed).toEqual([{ satisfaction: null, waited: true }]);
  });
});
