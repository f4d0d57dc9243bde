import type { IntentDetailDto, StatsBreakdownDto, StatsBreakdownRow, StatsOverviewDto, StatsTrendDto } from '@qifu/contracts';
import { resolvePeriod, todayCst } from '../src/modules/stats/stats-period';
import { StatsService } from '../src/modules/stats/stats.service';
import { signInAsProviderAdmin, signInOperator, signUpCompany } from './support/accounts';
import type { Browser } from './support/browser';
import { figures, nowFigures, rawIntents, type RawIntent } from './support/stats-recompute';
import { startTestApp, type TestApp } from './support/test-app';

// The rollups behind the overview and the trend are kept by triggers in every writing
// transaction. After each kind of write they must equal what the raw rows say, and so must the
// figures the API answers.

let t: TestApp;
let op: Browser;
let serviceId: string;
let providerId: string;
beforeAll(async () => {
  t = await startTestApp({ OVERDUE_SWEEP_SECONDS: '0' });
  op = await signInOperator(t);
  const [s] = await t.db.query(`SELECT s.id, s.provider_id FROM service_listing s JOIN provider p ON p.id = s.provider_id
                                 WHERE p.status = 'approved' AND s.status = 'published' ORDER BY s.title LIMIT 1`);
  serviceId = s.id;
  providerId = s.provider_id;
});
afterAll(async () => {
  await t?.close();
});

const CST_DAY = `(%s AT TIME ZONE 'Asia/Shanghai')::date`;
const day = (col: string) => CST_DAY.replace('%s', col);

const PROFILE_KEYS = `k AS (
       SELECT id, 'stage' AS dimension, stage AS key FROM company
       UNION SELECT id, 'tier', t FROM company, unnest(CASE WHEN cardinality(tiers) = 0 THEN '{none}'::text[] ELSE tiers END) t)`;

// Each pair: the rollup summed over its shards, and the same figures straight from the rows.
// Rows that add up to nothing (after a removal) are left out on both sides.
const CHECKS: Record<string, [string, string]> = {
  cohort: [
    `SELECT day, sum(created)::int AS created, sum(accepted)::int AS accepted, sum(negotiating)::int AS negotiating, sum(signed)::int AS signed,
            sum(completed)::int AS completed, sum(rated)::int AS rated, sum(rating_points)::int AS points, sum(signed_amount)::numeric(18,2) AS amount,
            sum(signed_that_day)::int AS signed_that_day
       FROM stats_intent_day GROUP BY day
     HAVING sum(created) <> 0 OR sum(accepted) <> 0 OR sum(negotiating) <> 0 OR sum(signed) <> 0 OR sum(completed) <> 0 OR sum(rated) <> 0
         OR sum(rating_points) <> 0 OR sum(signed_amount) <> 0 OR sum(signed_that_day) <> 0`,
    `WITH c AS (
       SELECT ${day('i.created_at')} AS day, count(*)::int AS created, count(i.accepted_at)::int AS accepted, count(i.negotiating_at)::int AS negotiating,
              count(i.signed_at)::int AS signed, count(i.completed_at)::int AS completed, count(r.intent_id)::int AS rated,
              COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0)::int AS points, COALESCE(sum(i.contract_amount), 0)::numeric(18,2) AS amount
         FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id GROUP BY 1),
     s AS (SELECT ${day('signed_at')} AS day, count(*)::int AS n FROM intent WHERE signed_at IS NOT NULL GROUP BY 1)
     SELECT COALESCE(c.day, s.day) AS day, COALESCE(c.created, 0), COALESCE(c.accepted, 0), COALESCE(c.negotiating, 0), COALESCE(c.signed, 0),
            COALESCE(c.completed, 0), COALESCE(c.rated, 0), COALESCE(c.points, 0), COALESCE(c.amount, 0)::numeric(18,2), COALESCE(s.n, 0)
       FROM c FULL JOIN s ON s.day = c.day`,
  ],
  responses: [
    `SELECT day, bucket, sum(n)::int FROM stats_response_day GROUP BY 1, 2 HAVING sum(n) <> 0`,
    `SELECT ${day('created_at')}, stats_response_bucket(first_response_at, created_at), count(*)::int FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2`,
  ],
  groups: [
    `SELECT day, provider_id, category_code, sum(created)::int, sum(accepted)::int, sum(negotiating)::int, sum(signed)::int, sum(completed)::int,
            sum(rated)::int, sum(rating_points)::int, sum(signed_amount)::numeric(18,2)
       FROM stats_group_day GROUP BY 1, 2, 3
     HAVING sum(created) <> 0 OR sum(accepted) <> 0 OR sum(negotiating) <> 0 OR sum(signed) <> 0 OR sum(completed) <> 0 OR sum(rated) <> 0
         OR sum(rating_points) <> 0 OR sum(signed_amount) <> 0`,
    `SELECT ${day('i.created_at')}, i.provider_id, i.category_code, count(*)::int, count(i.accepted_at)::int, count(i.negotiating_at)::int,
            count(i.signed_at)::int, count(i.completed_at)::int, count(r.intent_id)::int,
            COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0)::int, COALESCE(sum(i.contract_amount), 0)::numeric(18,2)
       FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id GROUP BY 1, 2, 3`,
  ],
  groupResponses: [
    `SELECT day, provider_id, category_code, bucket, sum(n)::int FROM stats_group_response_day GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`,
    `SELECT ${day('created_at')}, provider_id, category_code, stats_response_bucket(first_response_at, created_at), count(*)::int
       FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2, 3, 4`,
  ],
  companies: [
    `SELECT day, company_id, sum(created)::int, sum(accepted)::int, sum(negotiating)::int, sum(signed)::int, sum(completed)::int,
            sum(rated)::int, sum(rating_points)::int, sum(signed_amount)::numeric(18,2)
       FROM stats_company_counts GROUP BY 1, 2
     HAVING sum(created) <> 0 OR sum(accepted) <> 0 OR sum(negotiating) <> 0 OR sum(signed) <> 0 OR sum(completed) <> 0 OR sum(rated) <> 0
         OR sum(rating_points) <> 0 OR sum(signed_amount) <> 0`,
    `SELECT ${day('i.created_at')}, i.company_id, count(*)::int, count(i.accepted_at)::int, count(i.negotiating_at)::int,
            count(i.signed_at)::int, count(i.completed_at)::int, count(r.intent_id)::int,
            COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0)::int, COALESCE(sum(i.contract_amount), 0)::numeric(18,2)
       FROM intent i LEFT JOIN intent_rating r ON r.intent_id = i.id GROUP BY 1, 2`,
  ],
  companyResponses: [
    `SELECT day, company_id, bucket, sum(n)::int FROM stats_company_response_day GROUP BY 1, 2, 3 HAVING sum(n) <> 0`,
    `SELECT ${day('created_at')}, company_id, stats_response_bucket(first_response_at, created_at), count(*)::int
       FROM intent WHERE first_response_at IS NOT NULL GROUP BY 1, 2, 3`,
  ],
  // Stage and tiers: under each company's current stage, and each of its distinct tiers (or 'none').
  profiles: [
    `SELECT dimension, day, key, sum(created)::int, sum(accepted)::int, sum(negotiating)::int, sum(signed)::int, sum(completed)::int,
            sum(rated)::int, sum(rating_points)::int, sum(signed_amount)::numeric(18,2)
       FROM stats_profile_day GROUP BY 1, 2, 3
     HAVING sum(created) <> 0 OR sum(accepted) <> 0 OR sum(negotiating) <> 0 OR sum(signed) <> 0 OR sum(completed) <> 0 OR sum(rated) <> 0
         OR sum(rating_points) <> 0 OR sum(signed_amount) <> 0`,
    `WITH ${PROFILE_KEYS}
     SELECT k.dimension, ${day('i.created_at')}, k.key, count(*)::int, count(i.accepted_at)::int, count(i.negotiating_at)::int,
            count(i.signed_at)::int, count(i.completed_at)::int, count(r.intent_id)::int,
            COALESCE(sum(r.professional + r.responsiveness + r.attitude + r.value), 0)::int, COALESCE(sum(i.contract_amount), 0)::numeric(18,2)
       FROM intent i JOIN k ON k.id = i.company_id LEFT JOIN intent_rating r ON r.intent_id = i.id GROUP BY 1, 2, 3`,
  ],
  profileResponses: [
    `SELECT dimension, day, key, bucket, sum(n)::int FROM stats_profile_response_day GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`,
    `WITH ${PROFILE_KEYS}
     SELECT k.dimension, ${day('i.created_at')}, k.key, stats_response_bucket(i.first_response_at, i.created_at), count(*)::int
       FROM intent i JOIN k ON k.id = i.company_id WHERE i.first_response_at IS NOT NULL GROUP BY 1, 2, 3, 4`,
  ],
  profileResponseMonths: [
    `SELECT dimension, month, key, bucket, sum(n)::int FROM stats_profile_response_month GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0`,
    `WITH ${PROFILE_KEYS}
     SELECT k.dimension, date_trunc('month', ${day('i.created_at')}::timestamp)::date, k.key, stats_response_bucket(i.first_response_at, i.created_at), count(*)::int
       FROM intent i JOIN k ON k.id = i.company_id WHERE i.first_response_at IS NOT NULL GROUP BY 1, 2, 3, 4`,
  ],
  companyDays: [`SELECT company_id, day FROM stats_company_day`, `SELECT DISTINCT company_id, ${day('created_at')} FROM intent`],
  companyGaps: [
    `SELECT day, gap, sum(n)::int FROM stats_company_gap GROUP BY 1, 2 HAVING sum(n) <> 0`,
    `SELECT day, COALESCE(least(day - prev, 3661), 3661), count(*)::int
       FROM (SELECT day, lag(day) OVER (PARTITION BY company_id ORDER BY day) AS prev FROM (SELECT DISTINCT company_id, ${day('created_at')} AS day FROM intent) d) g
      GROUP BY 1, 2`,
  ],
  pendingDue: [
    `SELECT day, sum(n)::int FROM stats_pending_due GROUP BY 1 HAVING sum(n) <> 0`,
    `SELECT ${day('response_due_at')}, count(*)::int FROM intent WHERE status = 'submitted' AND first_response_at IS NULL GROUP BY 1`,
  ],
};

/** Rows in which a rollup and the raw rows differ, by check; empty when every rollup is exact. */
async function rollupDifferences(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, [rollup, rows]] of Object.entries(CHECKS)) {
    const diff: unknown[] = await t.db.query(`((${rollup}) EXCEPT ALL (${rows})) UNION ALL ((${rows}) EXCEPT ALL (${rollup}))`);
    if (diff.length) out[name] = diff;
  }
  return out;
}

const shiftDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** The overview of a period as answered by the API, next to the same figures from the rows. */
async function overviewAgainstRows(from: string, to: string) {
  const res = await op.get<StatsOverviewDto>(`/api/stats/overview?from=${from}&to=${to}`);
  expect(res.status).toBe(200);
  const rows = await rawIntents(t.db, from, to);
  const now = await nowFigures(t.db);
  return {
    got: { cohort: res.body.cohort, companiesServed: res.body.companiesServed, overdueNow: res.body.overdueNow },
    want: { cohort: figures(rows), companiesServed: new Set(rows.map((i) => i.company_id)).size, overdueNow: now.overdue },
  };
}

async function expectExact(periods: [string, string][] = []) {
  expect(await rollupDifferences()).toEqual({});
  const today = todayCst();
  for (const [from, to] of [[shiftDays(today, -29), today], [shiftDays(today, -2), today], [shiftDays(today, -3 * 365), today], ...periods] as [string, string][]) {
    const { got, want } = await overviewAgainstRows(from, to);
    expect(got).toEqual(want);
  }
  for (const [from, to] of [[shiftDays(today, -29), today], [shiftDays(today, -400), shiftDays(today, -1)]]) await expectBreakdowns(from, to);
}

/** Every breakdown of a period against its rows (stage and tiers: each company's current ones). */
async function expectBreakdowns(from: string, to: string) {
  const rows = await rawIntents(t.db, from, to);
  const companies: { id: string; stage: string; tiers: string[] }[] = await t.db.query(`SELECT id, stage, tiers FROM company`);
  const byId = new Map(companies.map((c) => [c.id, c]));
  const inGroup: Record<string, (i: RawIntent, key: string) => boolean> = {
    provider: (i, key) => i.provider_id === key,
    category: (i, key) => i.category_code === key,
    stage: (i, key) => byId.get(i.company_id)?.stage === key,
    tier: (i, key) => {
      const tiers = byId.get(i.company_id)?.tiers ?? [];
      return (tiers.length ? tiers : ['none']).includes(key);
    },
  };
  for (const [dimension, matches] of Object.entries(inGroup)) {
    const res = await op.get<StatsBreakdownDto>(`/api/stats/breakdown/${dimension}?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    for (const row of res.body.rows) {
      const figs: Partial<StatsBreakdownRow> = { ...row };
      delete figs.key;
      delete figs.label;
      expect(figs).toEqual(figures(rows.filter((i) => matches(i, row.key))));
    }
  }
}

const request = (overrides: Record<string, unknown> = {}) => ({
  serviceId,
  need: '需要代理记账与年度审计服务，请报价。',
  budgetNegotiable: true,
  wishedStartDate: '2026-12-20',
  contactName: '赵会计',
  contactPhone: '13800002222',
  ...overrides,
});
async function newIntent(company: Browser): Promise<string> {
  const res = await company.post<IntentDetailDto>('/api/intents', request());
  if (res.status !== 201) throw new Error(`create failed ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}
async function move(b: Browser, id: string, body: Record<string, unknown>) {
  const res = await b.post<IntentDetailDto>(`/api/intents/${id}/transitions`, body);
  if (res.status !== 200) throw new Error(`move to ${String(body.to)} failed ${res.status} ${JSON.stringify(res.body)}`);
}

describe('statistics rollups stay exact', () => {
  it('after the seed (rebuilt by the migration, then kept by the triggers)', async () => {
    await expectExact();
  });

  it('through creation, every transition, a first answer by message, a rating and a withdrawal', async () => {
    const provider = await signInAsProviderAdmin(t, providerId);
    const company = await signUpCompany(t);
    const before = (await op.get<StatsOverviewDto>('/api/stats/overview')).body;

    const full = await newIntent(company);
    await expectExact();
    const after = (await op.get<StatsOverviewDto>('/api/stats/overview')).body;
    // A figure that could be served stale would not have moved.
    expect(after.cohort.created).toBe(before.cohort.created + 1);
    expect(after.companiesServed).toBe(before.companiesServed + 1);

    for (const step of [
      { to: 'accepted' },
      { to: 'negotiating' },
      { to: 'signed', contractAmount: 48000.5, signedOn: todayCst() },
      { to: 'in_service' },
    ]) {
      await move(provider, full, step);
      await expectExact();
    }
    await move(company, full, { to: 'completed' });
    await expectExact();
    const rated = await company.post(`/api/intents/${full}/rating`, { professional: 5, responsiveness: 4, attitude: 4, value: 3, comment: '专业、及时。' });
    expect(rated.status).toBe(201);
    await expectExact();
    expect((await provider.post(`/api/intents/${full}/rating/reply`, { reply: '感谢评价！' })).status).toBe(200);
    await expectExact();

    const declined = await newIntent(company);
    await move(provider, declined, { to: 'declined', reason: '当前排期已满' });
    const withdrawn = await newIntent(company);
    await move(company, withdrawn, { to: 'withdrawn' });
    await expectExact();

    const answered = await newIntent(company);
    expect((await provider.post(`/api/intents/${answered}/messages`, { body: '您好，请问预计何时开始？' })).status).toBe(201);
    await expectExact();
    await move(op, answered, { to: 'closed', reason: '企业已另行安排' });
    const closedLater = await newIntent(company);
    await move(provider, closedLater, { to: 'accepted' });
    await move(company, closedLater, { to: 'closed', reason: '预算调整' });
    await expectExact();

    const trend = await op.get<StatsTrendDto>(`/api/stats/trend?from=${todayCst()}&to=${todayCst()}`);
    const p = resolvePeriod({ from: todayCst(), to: todayCst() });
    const [signedToday] = await t.db.query(`SELECT count(*)::int AS n FROM intent WHERE signed_at >= $1 AND signed_at < $2`, [p.start, p.end]);
    expect(signedToday.n).toBeGreaterThan(0);
    expect(trend.body.points).toEqual([expect.objectContaining({ bucket: todayCst(), signed: signedToday.n })]);
  });

  it('after writes straight to the tables: backdated, moved, re-answered, re-scored, past due and deleted intents', async () => {
    const today = todayCst();
    const [some] = await t.db.query(`SELECT id, company_id FROM intent WHERE first_response_at IS NOT NULL ORDER BY created_at DESC LIMIT 1`);
    const [other] = await t.db.query(`SELECT id FROM company WHERE id <> $1 LIMIT 1`, [some.company_id]);
    await t.db.query(`UPDATE intent SET created_at = created_at - interval '40 days' WHERE id = $1`, [some.id]);
    await expectExact([[shiftDays(today, -59), today]]);
    await t.db.query(`UPDATE intent SET company_id = $2 WHERE id = $1`, [some.id, other.id]);
    // Stage and tiers are the company's current ones: a change moves its intents between groups.
    await t.db.query(`UPDATE company SET stage = 'listing', tiers = '{gazelle,high_tech}' WHERE id = $1`, [other.id]);
    await t.db.query(`UPDATE intent SET first_response_at = created_at + interval '7 hours 3 minutes' WHERE id = $1`, [some.id]);
    await expectExact([[shiftDays(today, -59), today]]);

    const pending = await newIntent(await signUpCompany(t));
    expect((await overviewAgainstRows(today, today)).got.cohort.created).toBeGreaterThan(0);
    await t.db.query(`UPDATE intent SET response_due_at = now() - interval '1 minute' WHERE id = $1`, [pending]);
    await expectExact();

    const [rating] = await t.db.query(`SELECT intent_id FROM intent_rating LIMIT 1`);
    await t.db.query(`UPDATE intent_rating SET professional = 1, value = 2 WHERE intent_id = $1`, [rating.intent_id]);
    await expectExact();
    // Deleting a rated intent removes its rating by cascade: both leave the figures once.
    await t.db.query(`DELETE FROM intent_event WHERE intent_id = $1`, [rating.intent_id]);
    await t.db.query(`DELETE FROM intent WHERE id = $1`, [rating.intent_id]);
    const [lonely] = await t.db.query(`SELECT company_id, min(id::text)::uuid AS id FROM intent GROUP BY company_id HAVING count(*) = 1 LIMIT 1`);
    if (lonely) await t.db.query(`DELETE FROM intent WHERE id = $1`, [lonely.id]);
    await expectExact();
    // These writes went around the ratings service, which keeps the catalogue's rating columns
    // (the deleted intents may have carried ratings): recompute them all as it does, so later
    // files, which share this database, find them right.
    const avg = `round(avg((r.professional + r.responsiveness + r.attitude + r.value) / 4.0), 2)`;
    for (const [table, column] of [['service_listing', 'service_id'], ['provider', 'provider_id']]) {
      await t.db.query(
        `UPDATE ${table} o SET rating_avg = x.a, rating_count = x.n
           FROM (SELECT o2.id, (SELECT ${avg} FROM intent_rating r WHERE r.${column} = o2.id) AS a,
                        (SELECT count(*)::int FROM intent_rating r WHERE r.${column} = o2.id) AS n FROM ${table} o2) x
          WHERE o.id = x.id AND (o.rating_count <> x.n OR o.rating_avg IS DISTINCT FROM x.a)`,
      );
    }
  });

  it('under concurrent writes: many creations at once, and one company filing on several days at once', async () => {
    const provider = await signInAsProviderAdmin(t, providerId);
    const companies = await Promise.all([signUpCompany(t), signUpCompany(t), signUpCompany(t)]);
    const ids = await Promise.all(Array.from({ length: 30 }, (_, k) => newIntent(companies[k % 3])));
    await Promise.all(ids.slice(0, 10).map((id) => move(provider, id, { to: 'accepted' })));
    await Promise.all([
      ...ids.slice(0, 5).map((id) => move(provider, id, { to: 'negotiating' })),
      ...ids.slice(10, 15).map((id) => move(companies[ids.indexOf(id) % 3], id, { to: 'withdrawn' })),
      ...Array.from({ length: 10 }, () => newIntent(companies[0])),
    ]);
    await expectExact();

    // New active days of one company inserted by parallel transactions (the previous/next day
    // bookkeeping must not be raced), out of order.
    const companyId = companies[1].me?.organisation.id;
    await Promise.all(
      [3, 10, 1, 7, 10, 3].map((back) =>
        t.db.query(
          `INSERT INTO intent (company_id, provider_id, service_id, category_code, need, budget_negotiable, wished_start_date, contact_name, contact_phone,
                               response_due_at, created_at)
           SELECT $1, provider_id, id, category_code, '补录的历史合作意向。', true, current_date, '补录', '13800003333', now() - $2 * interval '1 day' + interval '2 days',
                  now() - $2 * interval '1 day'
             FROM service_listing WHERE id = $3`,
          [companyId, back, serviceId],
        ),
      ),
    );
    await expectExact([[shiftDays(todayCst(), -5), todayCst()], [shiftDays(todayCst(), -8), shiftDays(todayCst(), -2)]]);
  });

  it('while companies change their tiers and stage during intent writes and ratings', async () => {
    const provider = await signInAsProviderAdmin(t, providerId);
    const companies = await Promise.all([signUpCompany(t), signUpCompany(t)]);
    const ids = companies.map((c) => c.me!.organisation.id);
    const first = await Promise.all(Array.from({ length: 6 }, (_, k) => newIntent(companies[k % 2])));
    await Promise.all(first.slice(0, 4).map((id) => move(provider, id, { to: 'accepted' })));
    const profiles = [
      ['startup', '{}'],
      ['growth', '{gazelle}'],
      ['mature', '{little_giant,high_tech}'],
      ['listing', '{listed,little_giant,listed}'],
    ];
    // Profile changes racing creations, transitions and the first answers of other intents.
    await Promise.all([
      ...profiles.flatMap(([stage, tiers], k) => [
        t.db.query(`UPDATE company SET stage = $2, tiers = $3 WHERE id = $1`, [ids[k % 2], stage, tiers]),
        newIntent(companies[k % 2]),
      ]),
      ...first.slice(0, 2).map((id) => move(provider, id, { to: 'negotiating' })),
      ...first.slice(4).map((id) => provider.post(`/api/intents/${id}/messages`, { body: '您好，已收到，稍后联系。' })),
    ]);
    await expectExact();
    await move(provider, first[0], { to: 'signed', contractAmount: 9000, signedOn: todayCst() });
    await move(provider, first[0], { to: 'in_service' });
    await move(companies[0], first[0], { to: 'completed' });
    expect((await companies[0].post(`/api/intents/${first[0]}/rating`, { professional: 4, responsiveness: 5, attitude: 5, value: 4, comment: '很好。' })).status).toBe(201);
    await t.db.query(`UPDATE company SET tiers = '{specialized_sme}', stage = 'growth' WHERE id = $1`, [ids[0]]);
    await t.db.query(`UPDATE intent_rating SET value = 1 WHERE intent_id = $1`, [first[0]]);
    await expectExact();
  });

  it('rebuilds to the same figures', async () => {
    const before = await overviewAgainstRows(shiftDays(todayCst(), -3 * 365), todayCst());
    await t.db.query(`SELECT stats_rebuild()`);
    expect(await rollupDifferences()).toEqual({});
    const after = await overviewAgainstRows(shiftDays(todayCst(), -3 * 365), todayCst());
    expect(after.got).toEqual(before.got);
  });
});

// The overview is kept in memory per period at the stamp of its data (stats_stamp()) and until
// the next unanswered intent falls overdue. A kept answer must never be an old one.
describe('the kept overview', () => {
  const overview = async (qs = '') => {
    const res = await op.get<StatsOverviewDto>(`/api/stats/overview${qs}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  it('is kept while nothing changes, and answers the same figures', async () => {
    const stats = t.app.get(StatsService);
    const first = await overview();
    const kept = stats.keptOverviews;
    expect(kept).toBeGreaterThan(0);
    expect(await overview()).toEqual(first);
    expect(stats.keptOverviews).toBe(kept);
  });

  it('moves with writes from any client, the API or straight SQL', async () => {
    const before = await overview();
    await newIntent(await signUpCompany(t));
    const viaApi = await overview();
    expect(viaApi.cohort.created).toBe(before.cohort.created + 1);
    // Straight to the table, as a psql session would: the trigger bumps the version.
    const [latest] = await t.db.query(`SELECT id FROM intent ORDER BY created_at DESC LIMIT 1`);
    await t.db.query(`DELETE FROM intent_event WHERE intent_id = $1`, [latest.id]);
    await t.db.query(`DELETE FROM notification WHERE intent_id = $1`, [latest.id]);
    await t.db.query(`DELETE FROM intent WHERE id = $1`, [latest.id]);
    expect((await overview()).cohort.created).toBe(before.cohort.created);
    // A published service unlisted: the live counts move with the catalogue's version.
    const [s] = await t.db.query(`SELECT id FROM service_listing WHERE status = 'published' AND id <> $1 LIMIT 1`, [serviceId]);
    await t.db.query(`UPDATE service_listing SET status = 'unlisted' WHERE id = $1`, [s.id]);
    try {
      expect((await overview()).publishedServices).toBe(before.publishedServices - 1);
    } finally {
      await t.db.query(`UPDATE service_listing SET status = 'published' WHERE id = $1`, [s.id]);
    }
    expect((await overview()).publishedServices).toBe(before.publishedServices);
  });

  it('counts an intent overdue the moment its deadline passes, with no write in between', async () => {
    const pending = await newIntent(await signUpCompany(t));
    await t.db.query(`UPDATE intent SET response_due_at = now() + interval '1500 milliseconds' WHERE id = $1`, [pending]);
    const before = await overview();
    const [due] = await t.db.query(`SELECT response_due_at FROM intent WHERE id = $1`, [pending]);
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(due.response_due_at).getTime() - Date.now()) + 300));
    const after = await overview();
    expect(after.overdueNow).toBe(before.overdueNow + 1);
    const [rows] = await t.db.query(
      `SELECT count(*)::int AS n FROM intent WHERE status = 'submitted' AND first_response_at IS NULL AND response_due_at < now()`,
    );
    expect(after.overdueNow).toBe(rows.n);
  });
});

// The trend and the breakdowns are kept per period at the statistics stamp too; the tier and
// stage breakdowns also move when a company's tiers or stage change.
describe('the kept trend and breakdowns', () => {
  const get = async <T>(path: string) => {
    const res = await op.get<T>(path);
    expect(res.status).toBe(200);
    return res.body;
  };
  const row = (b: StatsBreakdownDto, key: string) => b.rows.find((r) => r.key === key);

  it('answer a new intent at once, by category, tier and stage and in the trend', async () => {
    const company = await signUpCompany(t);
    const companyId = company.me!.organisation.id;
    const [c] = await t.db.query(`SELECT stage, tiers FROM company WHERE id = $1`, [companyId]);
    const [svc] = await t.db.query(`SELECT category_code FROM service_listing WHERE id = $1`, [serviceId]);
    const before = {
      category: await get<StatsBreakdownDto>('/api/stats/breakdown/category'),
      stage: await get<StatsBreakdownDto>('/api/stats/breakdown/stage'),
      trend: await get<StatsTrendDto>('/api/stats/trend'),
    };
    // Asked twice with nothing written: the same answer.
    expect(await get<StatsBreakdownDto>('/api/stats/breakdown/category')).toEqual(before.category);
    await newIntent(company);
    const category = await get<StatsBreakdownDto>('/api/stats/breakdown/category');
    expect(row(category, svc.category_code)?.created).toBe((row(before.category, svc.category_code)?.created ?? 0) + 1);
    const stage = await get<StatsBreakdownDto>('/api/stats/breakdown/stage');
    expect(row(stage, c.stage)?.created).toBe((row(before.stage, c.stage)?.created ?? 0) + 1);
    const trend = await get<StatsTrendDto>('/api/stats/trend');
    const sum = (tr: StatsTrendDto) => tr.points.reduce((n, p) => n + p.created, 0);
    expect(sum(trend)).toBe(sum(before.trend) + 1);
  });

  it('move a company’s intents to its new tiers and stage when an operator changes them', async () => {
    const company = await signUpCompany(t);
    const companyId = company.me!.organisation.id;
    await newIntent(company);
    await t.db.query(`UPDATE company SET tiers = '{}', stage = 'startup' WHERE id = $1`, [companyId]);
    const tierBefore = await get<StatsBreakdownDto>('/api/stats/breakdown/tier');
    const stageBefore = await get<StatsBreakdownDto>('/api/stats/breakdown/stage');
    await t.db.query(`UPDATE company SET tiers = '{little_giant}', stage = 'mature' WHERE id = $1`, [companyId]);
    const tier = await get<StatsBreakdownDto>('/api/stats/breakdown/tier');
    expect(row(tier, 'little_giant')?.created).toBe((row(tierBefore, 'little_giant')?.created ?? 0) + 1);
    expect(row(tier, 'none')?.created).toBe((row(tierBefore, 'none')?.created ?? 0) - 1);
    const stage = await get<StatsBreakdownDto>('/api/stats/breakdown/stage');
    expect(row(stage, 'mature')?.created).toBe((row(stageBefore, 'mature')?.created ?? 0) + 1);
    expect(row(stage, 'startup')?.created).toBe((row(stageBefore, 'startup')?.created ?? 0) - 1);
  });
});
