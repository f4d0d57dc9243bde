import { afterEach, vi } from 'vitest';
import type { IntentDetailDto, MeDto } from '@qifu/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { fill, setupUser } from '../../testing/antd';
import { intentDetail, me, page, providerMe } from '../../testing/fixtures';
import {
  apiError,
  mockFetch,
  requests,
  type MockResponse,
} from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { IntentDetailRoute } from './intent-detail';

const id = intentDetail().id;
const detailPath = `/api/intents/${id}`;

/** The API as this page sees it: the intent, its (empty) thread, and the answer to a move. */
function mockIntentApi(
  intent: () => IntentDetailDto,
  onTransition: (body: unknown) => MockResponse = () => ({ body: intent() }),
) {
  return mockFetch((url, request) => {
    if (url.pathname === `${detailPath}/messages`) return { body: page([]) };
    if (url.pathname === `${detailPath}/transitions`)
      return onTransition(request.body);
    if (url.pathname === detailPath) return { body: intent() };
    return apiError(404, 'ROUTE_NOT_FOUND');
  });
}

function renderIntent(who: MeDto) {
  return renderRoute(<IntentDetailRoute />, {
    path: '/intents/:id',
    url: `/intents/${id}`,
    me: who,
  });
}

const providerOnSubmitted = () =>
  intentDetail({
    version: 2,
    contactPhone: null,
    actions: [
      { to: 'accepted', requires: [] },
      { to: 'declined', requires: ['reason'] },
      { to: 'closed', requires: ['reason'] },
    ],
  });

function actionButtons() {
  return within(screen.getByRole('region', { name: '下一步' })).getAllByRole(
    'button',
  );
}

// A whole antd page per test; on a busy machine rendering alone takes seconds.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('IntentDetailRoute', () => {
  it('shows a provider exactly the moves the API offers it, and hides the phone until accepted', async () => {
    mockIntentApi(providerOnSubmitted);
    renderIntent(providerMe());

    expect(
      await screen.findByRole('heading', { level: 1, name: '年度财务审计' }),
    ).toBeInTheDocument();
    expect(actionButtons().map((b) => b.textContent)).toEqual([
      '受理',
      '婉拒',
      '关闭',
    ]);
    expect(screen.queryByRole('button', { name: '确认完成' })).toBeNull();
    expect(screen.getByText('电话受理后可见')).toBeInTheDocument();
    expect(screen.getByText('¥1万–¥3万')).toBeInTheDocument();
  });

  it('shows a company in service its own moves, not the provider’s', async () => {
    mockIntentApi(() =>
      intentDetail({
        status: 'in_service',
        actions: [
          { to: 'completed', requires: [] },
          { to: 'closed', requires: ['reason'] },
        ],
      }),
    );
    renderIntent(me());

    await screen.findByRole('heading', { level: 1, name: '年度财务审计' });
    expect(actionButtons().map((b) => b.textContent)).toEqual([
      '确认完成',
      '关闭',
    ]);
    expect(screen.getByRole('link', { name: '138 0000 0000' })).toHaveAttribute(
      'href',
      'tel:13800000000',
    );
  });

  it('asks for a reason before declining, and sends the version it saw', async () => {
    const fetchMock = mockIntentApi(providerOnSubmitted, () => ({
      body: intentDetail({ status: 'declined', version: 3 }),
    }));
    renderIntent(providerMe());
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: '婉拒' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '婉拒' }));

    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);

    await fill(user, '原因', '本月排期已满');
    await user.click(within(dialog).getByRole('button', { name: '婉拒' }));

    await waitFor(() =>
      expect(requests(fetchMock).filter((r) => r.method === 'POST')).toEqual([
        expect.objectContaining({
          body: { to: 'declined', version: 2, reason: '本月排期已满' },
        }),
      ]),
    );
  });

  it('asks for the contract amount and the signing date before signing', async () => {
    const fetchMock = mockIntentApi(() =>
      intentDetail({
        status: 'negotiating',
        actions: [
          { to: 'signed', requires: ['contractAmount', 'signedOn'] },
          { to: 'closed', requires: ['reason'] },
        ],
      }),
    );
    renderIntent(providerMe());
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: '签约' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('原因')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: '签约' }));

    expect(
      await within(dialog).findByText('请填写合同金额'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('请选择签约日期')).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.method === 'POST')).toBe(false);
  });

  it('on a 409 says someone else changed it, and reloads the intent', async () => {
    let current = providerOnSubmitted();
    const fetchMock = mockIntentApi(
      () => current,
      () => {
        // Another member of the provider accepted it a moment earlier.
        current = intentDetail({
          status: 'accepted',
          version: 3,
          actions: [
            { to: 'negotiating', requires: [] },
            { to: 'closed', requires: ['reason'] },
          ],
        });
        return apiError(409, 'INTENT_CONFLICT');
      },
    );
    renderIntent(providerMe());
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: '受理' }));

    expect(
      await screen.findByText(/刚被其他人更新，已为您重新加载最新状态/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(actionButtons().map((b) => b.textContent)).toEqual([
        '开始洽谈',
        '关闭',
      ]),
    );
    const detailReads = requests(fetchMock).filter(
      (r) => r.method === 'GET' && r.url.pathname === detailPath,
    );
    expect(detailReads).toHaveLength(2);
    expect(requests(fetchMock).find((r) => r.method === 'POST')?.body).toEqual({
      to: 'accepted',
      version: 2,
    });
  });
});
