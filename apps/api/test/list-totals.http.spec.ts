import type {
  IntentDetailDto,
  ModeratedListingDto,
  Page,
  ProviderListingDto,
  ProviderSummaryDto,
  ServiceSummaryDto,
} from '@qifu/contracts';
import {
  addMember,
  signInOperator,
  signUpCompany,
  signUpProvider,
  uniq,
} from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

// Every secondary list answers its real total on a page past its last one (the window count that
// carries the total has no row there; an empty page used to say total 0).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ OVERDUE_SWEEP_SECONDS: '0' });
});
afterAll(async () => {
  await t?.close();
});

const listing = (title: string) => ({
  title,
  categoryCode: 'intellectual-property',
  stages: ['growth'],
  summary: '梳理财税流程。',
  description: '服务说明',
  deliverables: ['报告'],
  priceModel: 'negotiable',
  priceMin: null,
  priceMax: null,
  priceUnit: null,
  duration: '2周',
});

async function anIntent() {
  const provider = await signUpProvider(t, { approve: true });
  const l = await provider.post<ProviderListingDto>(
    '/api/provider/listings',
    listing(`财税合规咨询${uniq()}`),
  );
  await provider.post(`/api/provider/listings/${l.body.id}/publish`);
  const company = await signUpCompany(t);
  const ask = async () => {
    const intent = await company.post<IntentDetailDto>('/api/intents', {
      serviceId: l.body.id,
      need: '需要财税梳理。',
      budgetNegotiable: true,
      wishedStartDate: '2026-12-15',
      contactName: '赵总',
      contactPhone: '13800002222',
    });
    expect(intent.status).toBe(201);
    return intent.body.id;
  };
  return {
    provider,
    company,
    serviceId: l.body.id,
    intentId: await ask(),
    ask,
  };
}

describe('a page past the last one reports the real total', () => {
  it('members', async () => {
    const admin = await signUpCompany(t);
    await addMember(t, admin);
    expect(
      (
        await admin.get<Page<unknown>>(
          '/api/organisation/members?page=1&pageSize=1',
        )
      ).body,
    ).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(
      (
        await admin.get<Page<unknown>>(
          '/api/organisation/members?page=7&pageSize=1',
        )
      ).body,
    ).toEqual({ items: [], total: 2, page: 7, pageSize: 1 });
  });

  it('messages', async () => {
    const { company, intentId } = await anIntent();
    for (const body of ['第一条留言', '第二条留言'])
      expect(
        (await company.post(`/api/intents/${intentId}/messages`, { body }))
          .status,
      ).toBe(201);
    expect(
      (
        await company.get<Page<unknown>>(
          `/api/intents/${intentId}/messages?page=2&pageSize=1`,
        )
      ).body,
    ).toMatchObject({ total: 2, page: 2 });
    expect(
      (
        await company.get<Page<unknown>>(
          `/api/intents/${intentId}/messages?page=9&pageSize=1`,
        )
      ).body,
    ).toEqual({ items: [], total: 2, page: 9, pageSize: 1 });
  });

  it('notifications', async () => {
    const { provider, company, intentId } = await anIntent();
    await company.post(`/api/intents/${intentId}/messages`, {
      body: '请尽快回复。',
    });
    const first = await provider.get<Page<unknown>>(
      '/api/notifications?page=1&pageSize=1',
    );
    expect(first.body.total).toBeGreaterThanOrEqual(2);
    expect(
      (
        await provider.get<Page<unknown>>(
          '/api/notifications?page=50&pageSize=1',
        )
      ).body,
    ).toEqual({ items: [], total: first.body.total, page: 50, pageSize: 1 });
  });

  it('audit log', async () => {
    const op = await signInOperator(t);
    const first = await op.get<Page<unknown>>(
      '/api/audit-log?action=member.invited&pageSize=1',
    );
    expect(first.body.total).toBeGreaterThan(0);
    const past = await op.get<Page<unknown>>(
      '/api/audit-log?action=member.invited&pageSize=100&page=100000',
    );
    expect(past.body.items).toEqual([]);
    // Other test files may write entries meanwhile: never fewer than before.
    expect(past.body.total).toBeGreaterThanOrEqual(first.body.total);
    const unfiltered = await op.get<Page<unknown>>(
      '/api/audit-log?pageSize=100&page=100000',
    );
    expect(unfiltered.body.total).toBeGreaterThanOrEqual(past.body.total);
  });

  describe('catalogue and workspace lists', () => {
    // One approved provider with two published listings and one draft, all titled with one tag.
    let provider: Awaited<ReturnType<typeof signUpProvider>>;
    let providerId: string;
    let tag: string;
    const published: string[] = [];
    beforeAll(async () => {
      provider = await signUpProvider(t, { approve: true });
      providerId = provider.me!.organisation.id;
      tag = `翻页${uniq()}`;
      for (const i of [1, 2]) {
        const l = await provider.post<ProviderListingDto>(
          '/api/provider/listings',
          listing(`${tag}专利咨询${i}`),
        );
        expect(
          (await provider.post(`/api/provider/listings/${l.body.id}/publish`))
            .status,
        ).toBe(200);
        published.push(l.body.id);
      }
      expect(
        (await provider.post('/api/provider/listings', listing(`${tag}草稿`)))
          .status,
      ).toBe(201);
    });

    it("the provider's own listings (all, and by status)", async () => {
      expect(
        (
          await provider.get<Page<unknown>>(
            '/api/provider/listings?page=1&pageSize=1',
          )
        ).body,
      ).toMatchObject({ total: 3, page: 1 });
      expect(
        (
          await provider.get<Page<unknown>>(
            '/api/provider/listings?page=9&pageSize=1',
          )
        ).body,
      ).toEqual({ items: [], total: 3, page: 9, pageSize: 1 });
      expect(
        (
          await provider.get<Page<unknown>>(
            '/api/provider/listings?status=published&page=5&pageSize=1',
          )
        ).body,
      ).toEqual({
        items: [],
        total: 2,
        page: 5,
        pageSize: 1,
      });
      expect(
        (
          await provider.get<Page<unknown>>(
            '/api/provider/listings?status=unlisted&page=2&pageSize=1',
          )
        ).body,
      ).toEqual({
        items: [],
        total: 0,
        page: 2,
        pageSize: 1,
      });
    });

    it('the providers directory (searched, and unfiltered)', async () => {
      const name = provider.me!.organisation.name;
      const q = encodeURIComponent(name);
      expect(
        (
          await t.get<Page<ProviderSummaryDto>>(
            `/api/providers?q=${q}&pageSize=1`,
          )
        ).body.items.map((x) => x.id),
      ).toEqual([providerId]);
      expect(
        (await t.get<Page<unknown>>(`/api/providers?q=${q}&page=4&pageSize=1`))
          .body,
      ).toEqual({ items: [], total: 1, page: 4, pageSize: 1 });
      const [{ n }]: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM provider WHERE status = 'approved'`,
      );
      expect(
        (await t.get<Page<unknown>>('/api/providers?page=100000&pageSize=100'))
          .body,
      ).toEqual({ items: [], total: n, page: 100000, pageSize: 100 });
    });

    it('the catalogue of services (filtered, and ranked search)', async () => {
      const byProvider = await t.get<Page<ServiceSummaryDto>>(
        `/api/services?provider=${providerId}&pageSize=1`,
      );
      expect(byProvider.body).toMatchObject({ total: 2, page: 1 });
      expect(
        (
          await t.get<Page<unknown>>(
            `/api/services?provider=${providerId}&page=3&pageSize=1`,
          )
        ).body,
      ).toEqual({
        items: [],
        total: 2,
        page: 3,
        pageSize: 1,
      });
      // A search ranks by relevance, which counts with a window over the hits: past the end it counts on its own.
      const q = encodeURIComponent(tag);
      expect(
        (
          await t.get<Page<ServiceSummaryDto>>(
            `/api/services?q=${q}&pageSize=5`,
          )
        ).body.items
          .map((x) => x.id)
          .sort(),
      ).toEqual([...published].sort());
      expect(
        (await t.get<Page<unknown>>(`/api/services?q=${q}&page=7&pageSize=1`))
          .body,
      ).toEqual({ items: [], total: 2, page: 7, pageSize: 1 });
    });

    it("the operator's moderated listings", async () => {
      const op = await signInOperator(t);
      expect(
        (
          await op.post(`/api/operator/listings/${published[0]}/unlist`, {
            reason: '资质待补充',
          })
        ).status,
      ).toBe(204);
      const list = (query: string) =>
        op.get<Page<ModeratedListingDto>>(
          `/api/operator/listings?moderated=true&q=${encodeURIComponent(tag)}&${query}`,
        );
      expect((await list('pageSize=1')).body.items.map((x) => x.id)).toEqual([
        published[0],
      ]);
      expect((await list('page=6&pageSize=1')).body).toEqual({
        items: [],
        total: 1,
        page: 6,
        pageSize: 1,
      });
      // Gone from the catalogue, so the catalogue's own total past the end follows.
      expect(
        (
          await t.get<Page<unknown>>(
            `/api/services?provider=${providerId}&page=3&pageSize=1`,
          )
        ).body,
      ).toMatchObject({ items: [], total: 1 });
    });
  });

  it('intents, for the company, the provider and the operator', async () => {
    const { provider, company, ask } = await anIntent();
    await ask();
    const companyId = company.me!.organisation.id;
    for (const [who, path] of [
      [company, '/api/intents?'],
      [company, '/api/intents?status=submitted&'],
      // A text filter counts over the joined rows.
      [company, `/api/intents?q=${encodeURIComponent('财税')}&`],
      [provider, '/api/intents?'],
      [await signInOperator(t), `/api/intents?companyId=${companyId}&`],
    ] as const) {
      expect(
        (await who.get<Page<unknown>>(`${path}page=1&pageSize=1`)).body,
      ).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      expect(
        (await who.get<Page<unknown>>(`${path}page=5&pageSize=1`)).body,
      ).toEqual({
        items: [],
        total: 2,
        page: 5,
        pageSize: 1,
        nextCursor: null,
        prevCursor: null,
      });
    }
    // Nothing matches: no page has a total.
    expect(
      (
        await company.get<Page<unknown>>(
          '/api/intents?status=completed&page=3&pageSize=1',
        )
      ).body,
    ).toEqual({
      items: [],
      total: 0,
      page: 3,
      pageSize: 1,
      nextCursor: null,
      prevCursor: null,
    });
  });

  it('ratings of a service and of a provider', async () => {
    const { provider, company, serviceId, intentId } = await anIntent();
    for (const [who, body] of [
      [provider, { to: 'accepted' }],
      [provider, { to: 'negotiating' }],
      [
        provider,
        { to: 'signed', contractAmount: 1000, signedOn: '2026-11-20' },
      ],
      [provider, { to: 'in_service' }],
      [company, { to: 'completed' }],
    ] as const) {
      expect(
        (await who.post(`/api/intents/${intentId}/transitions`, body)).status,
      ).toBe(200);
    }
    expect(
      (
        await company.post(`/api/intents/${intentId}/rating`, {
          professional: 5,
          responsiveness: 4,
          attitude: 5,
          value: 4,
          comment: '很专业。',
        })
      ).status,
    ).toBe(201);
    for (const path of [
      `/api/services/${serviceId}/ratings`,
      `/api/providers/${provider.me!.organisation.id}/ratings`,
    ]) {
      expect(
        (await t.get<Page<unknown>>(`${path}?page=1&pageSize=1`)).body,
      ).toMatchObject({ total: 1, page: 1, pageSize: 1 });
      expect(
        (await t.get<Page<unknown>>(`${path}?page=4&pageSize=1`)).body,
      ).toEqual({ items: [], total: 1, page: 4, pageSize: 1 });
    }
  });
});
