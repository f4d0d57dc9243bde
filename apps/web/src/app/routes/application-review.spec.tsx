import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { ProviderApplicationDto } from '@qifu/contracts';
import { fill, setupUser } from '../../testing/antd';
import { auditCategory, operatorMe, page } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockRequest,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { ApplicationReviewRoute } from './application-review';

const application: ProviderApplicationDto = {
  id: '44444444-5555-4666-8777-888888888888',
  name: '郑州梧桐测试会计师事务所（普通合伙）',
  shortName: '梧桐测试所',
  creditCode: '91410100MA3X5KQ1WX',
  kind: 'accounting',
  summary: '年度审计与专项审计。',
  description: '',
  address: '郑州高新区科学大道',
  qualifications: '会计师事务所执业证书 41010001',
  categories: [auditCategory],
  contactName: '钱会计师',
  contactPhone: '0371-6000 0000',
  status: 'pending',
  reviewNote: null,
  rejectionReason: null,
  reviewedAt: null,
  submittedAt: '2026-11-20T02:30:00.000Z',
};

function renderReview(
  url = '/operator/applications',
  onWrite: (request: MockRequest) => MockResponse = () => ({
    body: { ...application, status: 'approved' },
  }),
) {
  const fetchMock = mockFetch((u, request) =>
    request.method === 'GET'
      ? { body: page([application], { pageSize: 20 }) }
      : onWrite(request),
  );
  const view = renderRoute(<ApplicationReviewRoute />, {
    path: '/operator/applications',
    url,
    me: operatorMe(),
  });
  return { ...view, fetchMock };
}

const lists = (fetchMock: ReturnType<typeof mockFetch>) =>
  requests(fetchMock).filter((r) => r.method === 'GET');

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ApplicationReviewRoute', () => {
  it('opens on the pending queue, paginated, with the details one click away', async () => {
    const user = setupUser();
    const { fetchMock } = renderReview();
    expect(await screen.findByText('梧桐测试所')).toBeInTheDocument();
    expect(document.title).toBe('入驻审核 · 企服超市');
    const [request] = lists(fetchMock);
    expect(request.url.pathname).toBe('/api/provider-applications');
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      status: 'pending',
      page: '1',
      pageSize: '20',
    });

    await user.click(screen.getByRole('button', { name: /展开行/ }));
    expect(await screen.findByText('91410100MA3X5KQ1WX')).toBeVisible();
    expect(screen.getByText('会计师事务所执业证书 41010001')).toBeVisible();
    expect(screen.getByText('财务审计')).toBeVisible();
    expect(screen.getByText('0371-6000 0000')).toBeVisible();
  });

  it('asks for every status when "全部" is in the address', async () => {
    const { fetchMock } = renderReview(
      '/operator/applications?status=all&page=2',
    );
    await screen.findByText('梧桐测试所');
    const [request] = lists(fetchMock);
    expect(request.url.searchParams.has('status')).toBe(false);
    expect(request.url.searchParams.get('page')).toBe('2');
  });

  it('approves only with a note, then refreshes the list', async () => {
    const user = setupUser();
    const { fetchMock } = renderReview();
    await screen.findByText('梧桐测试所');

    await user.click(screen.getByRole('button', { name: '通过 梧桐测试所' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '确认通过' }));
    expect(
      await within(dialog).findByText('请填写审核意见'),
    ).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);

    await fill(user, '审核意见', '资质齐全，同意入驻。');
    const before = lists(fetchMock).length;
    await user.click(within(dialog).getByRole('button', { name: '确认通过' }));

    expect(
      await screen.findByText('已通过“梧桐测试所”的入驻申请'),
    ).toBeInTheDocument();
    const decision = requests(fetchMock).find((r) => r.method === 'POST');
    expect(decision?.url.pathname).toBe(
      `/api/provider-applications/${application.id}/approve`,
    );
    expect(decision?.body).toEqual({ note: '资质齐全，同意入驻。' });
    expect(decision?.headers.get('x-csrf-token')).toBe('csrf-token-from-me');
    await waitFor(() =>
      expect(lists(fetchMock).length).toBeGreaterThan(before),
    );
  });

  it('rejects with a reason, and says so when someone decided first', async () => {
    const user = setupUser();
    const { fetchMock } = renderReview('/operator/applications', () =>
      apiError(409, 'APPLICATION_ALREADY_DECIDED'),
    );
    await screen.findByText('梧桐测试所');

    await user.click(screen.getByRole('button', { name: '不通过 梧桐测试所' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, '未通过原因', '请补充执业证书复印件。');
    await user.click(
      within(dialog).getByRole('button', { name: '确认不通过' }),
    );

    expect(
      await within(dialog).findByText('该申请已处理，不能再修改。'),
    ).toBeInTheDocument();
    const decision = requests(fetchMock).find((r) => r.method === 'POST');
    expect(decision?.url.pathname).toBe(
      `/api/provider-applications/${application.id}/reject`,
    );
    expect(decision?.body).toEqual({ reason: '请补充执业证书复印件。' });
  });
});
