import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { assertDatabaseCtype, UnsuitableDatabaseError } from '../src/database/database-guards';
import { runSeed } from '../src/database/seed/seed';
import { SEED_CATEGORIES } from '../src/database/seed/data/categories';
import { SEED_COMPANIES } from '../src/database/seed/data/companies';
import { SEED_PROVIDERS } from '../src/database/seed/data/providers';
import { SEED_SERVICES } from '../src/database/seed/data/services';
import { prepareDatabase, testDatabaseUrl } from './support/test-app';

let db: DataSource;
beforeAll(async () => {
  await prepareDatabase();
  db = createDataSource({ url: testDatabaseUrl(), poolSize: 2, statementTimeoutMs: 10000 });
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
    expect(result).toEqual({ categories: 0, providers: 0, services: 0, companies: 0 });
    expect(await counts()).toEqual(before);
    expect(await db.query(`SELECT id, title, updated_at FROM service_listing ORDER BY id`)).toEqual(snapshot);
  });

  it('gives every provider at least one service and names the opening-day companies', async () => {
    const lonely = await db.query(
      `SELECT p.name FROM provider p WHERE NOT EXISTS (SELECT 1 FROM service_listing s WHERE s.provider_id = p.id)`,
    );
    expect(lonely).toEqual([]);
    const names: { short_name: string }[] = await db.query(`SELECT short_name FROM company`);
    const shorts = names.map((n) => n.short_name);
    for (const n of ['埃尓森', '晟盾电子', '爱普锐', '博凯药业', '中科院苏州医工所郑州研究院']) expect(shorts).toContain(n);
    const names14 = (await db.query(`SELECT name FROM provider`)).map((r: { name: string }) => r.name).sort();
    expect(names14).toEqual(SEED_PROVIDERS.map((p) => p.name).sort());
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
