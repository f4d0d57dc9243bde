import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Page, ProviderListingDto } from '@qifu/contracts';
import { providerListing } from '../../features/listings/listing.fixtures';
import { setupUser } from '../../testing/antd';
import { page, providerMe } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockRequest,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { WorkspaceListingsRoute } from './workspace-listings';

const published = providerListing();
const draft = providerListing({
  id: '4d2e3f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60',
  title: '校园招聘代理',
  status: 'draft',
  publishedAt: null,
  figures: {
    views: 0,
    intents: 0,
    acceptanceRate: null,
    signRate: null,
    medianFirstResponseHours: null,
    ratingAvg: null,
    ratingCount: 0,
  },
});
const moderated = providerListing({
  id: '5e3f4a6b-7c8d-4e9f-8a1b-2c3d4e5f6a70',
  title: '劳务派遣',
  status: 'unlisted',
  moderationReason: '缺少劳务派遣经营许可证，请补充。',
});

const approved = () => {
  const me = providerMe();
  me.organisation.providerStatus = 'approved';
  return me;
};

function renderListings(
  onWrite: (request: MockRequest) => MockResponse,
  url = '/workspace/listings',
) {
  let listings: Page<ProviderListingDto> = page([draft, published, moderated], {
    pageSize: 20,
  });
  const fetchMock = mockFetch((u, request) => {
    if (request.method !== 'GET') {
      const answer = onWrite(request);
      // The next list shows what the write did.
      if ((answer.status ?? 200) < 300 && request.method === 'DELETE')
        listings = page([published, moderated], { pageSize: 20 });
      return answer;
    }
    if (u.pathname === '/api/provider/listings') return { body: listings };
    return { status: 500 };
  });
  const view = renderRoute(<WorkspaceListingsRoute />, {
    path: '/workspace/listings',
    url,
    me: approved(),
  });
  // A storefront search the provider looked at before: a change must refresh it.
  view.queryClient.setQueryData(['services', 'list', { q: '招聘' }], page([]));
  return { ...view, fetchMock };
}

const row = async (title: string) => {
  const cell = await screen.findByRole('link', { name: title });
  const tr = cell.closest('tr');
  if (!tr) throw new Error(`no row for ${title}`);
  return tr;
};

const listCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  requests(fetchMock).filter(
    (r) => r.method === 'GET' && r.url.pathname === '/api/provider/listings',
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('WorkspaceListingsRoute', { timeout: 60_000 }, () => {
  it('lists every status with its figures, and the operator’s reason for an unlisting', async () => {
    const { fetchMock } = renderListings(
      () => ({ status: 500 }),
      '/workspace/listings?page=2&status=published',
    );
    const first = await row('中高端人才猎聘');
    expect(document.title).toBe('服务管理 · 企服超市');
    const [call] = listCalls(fetchMock);
    expect(call.url.searchParams.get('status')).toBe('published');
    expect(call.url.searchParams.get('page')).toBe('2');
    expect(call.url.searchParams.get('pageSize')).toBe('20');

    // The figure columns stand together, in the figures card's order.
    const headers = screen
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const views = headers.indexOf('浏览量');
    expect(headers.slice(views, views + 6)).toEqual([
      '浏览量',
      '合作意向',
      '受理率',
      '签约率',
      '首次响应',
      '平均评分',
    ]);
    expect(within(first).getByText('已上架')).toBeInTheDocument();
    for (const text of [
      '1,234',
      '66.7%',
      '33.3%',
      '3.5 小时',
      '4.8 分（5 条）',
      '¥2万–¥8万/人',
    ])
      expect(within(first).getByText(text)).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: '下架' })).toBeVisible();
    expect(within(first).queryByRole('button', { name: '删除' })).toBeNull();

    const pending = await row('校园招聘代理');
    expect(within(pending).getByText('草稿')).toBeInTheDocument();
    expect(within(pending).getAllByText('—')).toHaveLength(4);
    expect(within(pending).getByRole('button', { name: '上架' })).toBeEnabled();
    expect(within(pending).getByRole('button', { name: '删除' })).toBeVisible();

    const down = await row('劳务派遣');
    expect(within(down).getByText('被运营中心下架')).toBeInTheDocument();
    expect(
      within(down).getByText('下架原因：缺少劳务派遣经营许可证，请补充。'),
    ).toBeInTheDocument();
    // Only the operator can lift it; the provider may not publish it again.
    expect(within(down).getByRole('button', { name: '上架' })).toBeDisabled();
  });

  it('publishes a draft and refreshes the list and the storefront', async () => {
    const user = setupUser();
    const { fetchMock, queryClient } = renderListings(() => ({
      body: {
        ...draft,
        status: 'published',
        publishedAt: '2026-11-22T02:00:00.000Z',
      },
    }));
    const pending = await row('校园招聘代理');
    const before = listCalls(fetchMock).length;
    await user.click(within(pending).getByRole('button', { name: '上架' }));

    expect(
      await screen.findByText(
        '「校园招聘代理」已上架，企业现在可以在企服超市看到它',
      ),
    ).toBeInTheDocument();
    const write = requests(fetchMock).find((r) => r.method === 'POST');
    expect(write?.url.pathname).toBe(
      `/api/provider/listings/${draft.id}/publish`,
    );
    expect(write?.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
    await waitFor(() =>
      expect(listCalls(fetchMock).length).toBeGreaterThan(before),
    );
    expect(
      queryClient.getQueryState(['services', 'list', { q: '招聘' }])
        ?.isInvalidated,
    ).toBe(true);
  });

  it('unlists only after confirming', async () => {
    const user = setupUser();
    const { fetchMock } = renderListings(() => ({
      body: { ...published, status: 'unlisted' },
    }));
    const live = await row('中高端人才猎聘');
    await user.click(within(live).getByRole('button', { name: '下架' }));
    expect(
      await screen.findByText('下架「中高端人才猎聘」？'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '下架后企业将无法在企服超市看到它，已有的合作意向保留。',
      ),
    ).toBeInTheDocument();
    expect(requests(fetchMock).filter((r) => r.method === 'POST')).toEqual([]);

    const popover = screen
      .getByText('下架「中高端人才猎聘」？')
      .closest('.ant-popover') as HTMLElement;
    await user.click(within(popover).getByRole('button', { name: '下架' }));
    expect(
      await screen.findByText('「中高端人才猎聘」已下架'),
    ).toBeInTheDocument();
    const write = requests(fetchMock).find((r) => r.method === 'POST');
    expect(write?.url.pathname).toBe(
      `/api/provider/listings/${published.id}/unlist`,
    );
  });

  it('deletes a draft after confirming, and explains a refusal', async () => {
    const user = setupUser();
    let answer: MockResponse = apiError(409, 'LISTING_NOT_DRAFT');
    const { fetchMock } = renderListings(() => answer);
    const pending = await row('校园招聘代理');

    await user.click(within(pending).getByRole('button', { name: '删除' }));
    const confirm = async () => {
      const title = await screen.findByText('删除草稿「校园招聘代理」？');
      const popover = title.closest('.ant-popover') as HTMLElement;
      expect(within(popover).getByText('删除后无法恢复。')).toBeInTheDocument();
      await user.click(within(popover).getByRole('button', { name: '删除' }));
    };
    await confirm();
    expect(
      await screen.findByText('只有从未上架过的草稿才能删除。'),
    ).toBeInTheDocument();

    answer = { status: 204 };
    await user.click(within(pending).getByRole('button', { name: '删除' }));
    await confirm();
    expect(
      await screen.findByText('已删除「校园招聘代理」'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: '校园招聘代理' })).toBeNull(),
    );
    const deletes = requests(fetchMock).filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(2);
    expect(deletes[1].url.pathname).toBe(`/api/provider/listings/${draft.id}`);
  });
});
