import {
  INTENT_SEARCH_COUNT_CAP,
  type IntentDetailDto,
  type IntentSummaryDto,
  type Page,
  type ProviderListingDto,
} from '@qifu/contracts';
import {
  signInOperator,
  signUpCompany,
  signUpProvider,
  uniq,
} from './support/accounts';
import type { Browser } from './support/browser';
import { startTestApp, type TestApp } from './support/test-app';

// Intent lists page by keyset cursors (issue 12): following nextCursor from page 1 visits every
// intent of the scope exactly once, in list order (the provider's urgency order across its three
// parts too), and prevCursor walks the same pages back. Operator totals are kept counts.
let t: TestApp;
let provider: Browser;
let companyA: Browser;
let companyB: Browser;
let operator: Browser;
let providerId: string;
let serviceId: string;
const marker = `翻页${uniq()}`;

beforeAll(async () => {
  t = await startTestApp({ OVERDUE_SWEEP_SECONDS: '0' });
  provider = await signUpProvider(t, { approve: true });
  providerId = provider.me!.organisation.id;
  const l = await provider.post<ProviderListingDto>('/api/provider/listings', {
    title: `翻页测试服务${uniq()}`,
    categoryCode: 'intellectual-property',
    stages: ['growth'],
    summary: '梳理知识产权。',
    description: '服务说明',
    deliverables: ['报告'],
    priceModel: 'negotiable',
    priceMin: null,
    priceMax: null,
    priceUnit: null,
    duration: '2周',
  });
  serviceId = l.body.id;
  await provider.post(`/api/provider/listings/${l.body.id}/publish`);
  companyA = await signUpCompany(t);
  companyB = await signUpCompany(t);
  operator = await signInOperator(t);
  const ids: string[] = [];
  for (const company of [
    companyA,
    companyA,
    companyA,
    companyA,
    companyA,
    companyB,
    companyB,
    companyB,
    companyB,
  ]) {
    const r = await company.post<IntentDetailDto>('/api/intents', {
      serviceId: l.body.id,
      need: `需要梳理专利布局。${marker}`,
      budgetNegotiable: true,
      wishedStartDate: '2026-12-15',
      contactName: '赵总',
      contactPhone: '13800002222',
    });
    expect(r.status).toBe(201);
    ids.push(r.body.id);
  }
  // Two overdue, three answered, and a tie on created_at (the id decides) inside each part.
  await t.db.query(
    `UPDATE intent SET response_due_at = now() - interval '1 day' WHERE id = ANY($1)`,
    [[ids[0], ids[6]]],
  );
  await t.db.query(
    `UPDATE intent SET status = 'accepted', first_response_at = now() WHERE id = ANY($1)`,
    [[ids[1], ids[4], ids[8]]],
  );
  await t.db.query(
    `UPDATE intent SET created_at = (SELECT created_at FROM intent WHERE id = $1) WHERE id = ANY($2)`,
    [ids[2], [ids[3], ids[5]]],
  );
});
afterAll(async () => {
  await t?.close();
});

type IntentPage = Page<IntentSummaryDto>;

/** Every page of a list by following nextCursor from page 1; then back by prevCursor. */
async function walk(who: Browser, path: string, pageSize: number) {
  const sep = path.includes('?') ? '&' : '?';
  const pages: IntentPage[] = [];
  let r = await who.get<IntentPage>(`${path}${sep}pageSize=${pageSize}`);
  for (;;) {
    expect(r.status).toBe(200);
    pages.push(r.body);
    if (!r.body.nextCursor) break;
    expect(pages.length).toBeLessThan(1000);
    r = await who.get<IntentPage>(
      `${path}${sep}pageSize=${pageSize}&cursor=${r.body.nextCursor}`,
    );
  }
  const back: IntentPage[] = [pages[pages.length - 1]];
  while (back[0].prevCursor) {
    const p = await who.get<IntentPage>(
      `${path}${sep}pageSize=${pageSize}&cursor=${back[0].prevCursor}`,
    );
    expect(p.status).toBe(200);
    back.unshift(p.body);
    expect(back.length).toBeLessThanOrEqual(pages.length);
  }
  const ids = (ps: IntentPage[]) => ps.flatMap((p) => p.items.map((i) => i.id));
  expect(ids(back)).toEqual(ids(pages));
  expect(pages[0].prevCursor).toBeNull();
  return { ids: ids(pages), pages };
}

/** The list order, computed in SQL here independently of the API's statement. */
async function expected(
  where: string,
  params: unknown[],
  urgency: boolean,
): Promise<string[]> {
  const part = urgency
    ? `CASE WHEN status = 'submitted' AND first_response_at IS NULL AND response_due_at < now() THEN 0 WHEN status = 'submitted' THEN 1 ELSE 2 END, `
    : '';
  const rows: { id: string }[] = await t.db.query(
    `SELECT id FROM intent WHERE ${where} ORDER BY ${part}created_at DESC, id DESC`,
    params,
  );
  return rows.map((r) => r.id);
}

describe('keyset paging visits every intent once, in order', () => {
  it('the provider inbox: overdue, then submitted, then the rest', async () => {
    const { ids, pages } = await walk(provider, '/api/intents', 2);
    const want = await expected('provider_id = $1', [providerId], true);
    expect(want).toHaveLength(9);
    expect(ids).toEqual(want);
    expect(pages.every((p) => p.total === 9)).toBe(true);
    // The overdue ones come first and say so.
    expect(pages[0].items.map((i) => i.overdue)).toEqual([true, true]);
  });

  it('the provider inbox filtered by status keeps the order of the parts it has', async () => {
    const { ids } = await walk(provider, '/api/intents?status=submitted', 4);
    expect(ids).toEqual(
      await expected(
        `provider_id = $1 AND status = 'submitted'`,
        [providerId],
        true,
      ),
    );
    const accepted = await walk(provider, '/api/intents?status=accepted', 1);
    expect(accepted.ids).toHaveLength(3);
  });

  it('a company sees its own, newest first', async () => {
    const { ids, pages } = await walk(companyA, '/api/intents', 2);
    expect(ids).toEqual(
      await expected('company_id = $1', [companyA.me!.organisation.id], false),
    );
    expect(ids).toHaveLength(5);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
  });

  it('the operator walks the whole park, and by status', async () => {
    const all = await walk(operator, '/api/intents', 7);
    expect(all.ids).toEqual(await expected('TRUE', [], false));
    expect(new Set(all.ids).size).toBe(all.ids.length);
    const accepted = await walk(operator, '/api/intents?status=accepted', 2);
    expect(accepted.ids).toEqual(
      await expected(`status = 'accepted'`, [], false),
    );
  });

  it('offset pages still work for the first pages and agree with the cursor pages', async () => {
    const byCursor = await walk(companyA, '/api/intents', 2);
    const page2 = await companyA.get<IntentPage>(
      '/api/intents?page=2&pageSize=2',
    );
    expect(page2.body.items.map((i) => i.id)).toEqual(
      byCursor.pages[1].items.map((i) => i.id),
    );
    expect(page2.body.prevCursor).not.toBeNull();
    // A cursor answer echoes the page label it was asked with.
    const labelled = await companyA.get<IntentPage>(
      `/api/intents?page=2&pageSize=2&cursor=${byCursor.pages[0].nextCursor}`,
    );
    expect(labelled.body).toMatchObject({ page: 2, items: page2.body.items });
  });
});

describe('totals', () => {
  const counts = async () => {
    const rows: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM intent GROUP BY status`,
    );
    return new Map(rows.map((r) => [r.status, r.n]));
  };
  const check = async () => {
    const want = await counts();
    const all = [...want.values()].reduce((a, b) => a + b, 0);
    expect(
      (await operator.get<IntentPage>('/api/intents?pageSize=1')).body.total,
    ).toBe(all);
    for (const status of ['submitted', 'accepted', 'declined'] as const) {
      const r = await operator.get<IntentPage>(
        `/api/intents?status=${status}&pageSize=1`,
      );
      expect([status, r.body.total]).toEqual([status, want.get(status) ?? 0]);
      expect(r.body.totalCapped).toBeUndefined();
    }
  };

  it('the operator kept count equals count(*) after inserts, status changes and deletes', async () => {
    await check();
    const r = await companyB.post<IntentDetailDto>('/api/intents', {
      serviceId,
      need: `需要梳理商标布局。${marker}`,
      budgetNegotiable: true,
      wishedStartDate: '2026-12-15',
      contactName: '赵总',
      contactPhone: '13800002222',
    });
    expect(r.status).toBe(201);
    await check();
    // A status change through the API, another straight in SQL, a delete, then several at once.
    const submitted = await provider.get<IntentPage>(
      '/api/intents?status=submitted&pageSize=1',
    );
    const id = submitted.body.items[0].id;
    expect(
      (
        await provider.post(`/api/intents/${id}/transitions`, {
          to: 'accepted',
        })
      ).status,
    ).toBe(200);
    await check();
    await t.db.query(
      `UPDATE intent SET status = 'declined', reason = '不合适' WHERE id = $1`,
      [id],
    );
    await check();
    await t.db.query(`DELETE FROM intent WHERE id = $1`, [id]);
    await check();
    await t.db.query(
      `UPDATE intent SET status = 'accepted' WHERE status = 'submitted' AND provider_id = $1`,
      [providerId],
    );
    await check();
  });

  it('a text search over the park counts up to the cap and says so', async () => {
    const term = `封顶${uniq()}`;
    const seedRow = (
      await t.db.query(`SELECT id FROM intent WHERE provider_id = $1 LIMIT 1`, [
        providerId,
      ])
    )[0].id;
    const copy = (n: number, need: string) =>
      t.db.query(
        `INSERT INTO intent (company_id, provider_id, service_id, category_code, need, budget_negotiable, wished_start_date,
                             contact_name, contact_phone, response_due_at)
         SELECT company_id, provider_id, service_id, category_code, $2 || g, budget_negotiable, wished_start_date,
                contact_name, contact_phone, response_due_at FROM intent, generate_series(1, $3) g WHERE id = $1`,
        [seedRow, need, n],
      );
    await copy(INTENT_SEARCH_COUNT_CAP + 5, `需要审阅。${term}`);
    try {
      const capped = await operator.get<IntentPage>(
        `/api/intents?q=${encodeURIComponent(term)}&pageSize=5`,
      );
      expect(capped.body).toMatchObject({
        total: INTENT_SEARCH_COUNT_CAP,
        totalCapped: true,
      });
      expect(capped.body.items).toHaveLength(5);
      expect(capped.body.nextCursor).not.toBeNull();
      // Under the cap the count is exact and not capped.
      const rare = await operator.get<IntentPage>(
        `/api/intents?q=${encodeURIComponent(`${term}7`)}&pageSize=5`,
      );
      const n = (
        await t.db.query(
          `SELECT count(*)::int AS n FROM intent WHERE need LIKE $1`,
          [`%${term}7%`],
        )
      )[0].n;
      expect(rare.body).toMatchObject({ total: n, totalCapped: false });
      // A scope of thousands counts exactly, past the cap.
      const mine = await provider.get<IntentPage>(
        `/api/intents?q=${encodeURIComponent(term)}&pageSize=1`,
      );
      expect(mine.body.total).toBe(INTENT_SEARCH_COUNT_CAP + 5);
      expect(mine.body.totalCapped).toBeUndefined();
      await check();
    } finally {
      await t.db.query(`DELETE FROM intent WHERE need LIKE $1`, [`%${term}%`]);
    }
    await check();
  });
});

describe('a cursor that is not one the list gave out is a coded 400', () => {
  const enc = (v: unknown) =>
    Buffer.from(JSON.stringify(v)).toString('base64url');
  it.each([
    ['not base64 json', 'garbage!'],
    ['not a list', enc({ a: 1 })],
    [
      'a bad day',
      enc([
        'created',
        0,
        '2026-02-30 10:00:00.000000+00',
        '00000000-0000-4000-8000-000000000000',
        'next',
      ]),
    ],
    [
      'a bad id',
      enc([
        'created',
        0,
        '2026-02-03 10:00:00.000000+00',
        "x' OR 1=1 --",
        'next',
      ]),
    ],
    [
      'a bad part',
      enc([
        'created',
        1,
        '2026-02-03 10:00:00.000000+00',
        '00000000-0000-4000-8000-000000000000',
        'next',
      ]),
    ],
    [
      'the other ordering',
      enc([
        'urgency',
        0,
        '2026-02-03 10:00:00.000000+00',
        '00000000-0000-4000-8000-000000000000',
        'next',
      ]),
    ],
    [
      'a bad direction',
      enc([
        'created',
        0,
        '2026-02-03 10:00:00.000000+00',
        '00000000-0000-4000-8000-000000000000',
        'up',
      ]),
    ],
  ])('%s', async (_, cursor) => {
    const r = await companyA.get<{ code: string }>(
      `/api/intents?cursor=${encodeURIComponent(cursor)}`,
    );
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('INVALID_CURSOR');
  });

  it("a company's cursor does not page the provider inbox", async () => {
    const p = await companyA.get<IntentPage>('/api/intents?pageSize=1');
    const r = await provider.get<{ code: string }>(
      `/api/intents?cursor=${p.body.nextCursor}`,
    );
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('INVALID_CURSOR');
  });
});
