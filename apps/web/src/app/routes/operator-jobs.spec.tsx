import { afterEach, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { FailedJobDto, JobsSummaryDto } from '@qifu/contracts';
import { setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import { apiError, mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { OperatorJobsRoute } from './operator-jobs';

const job: FailedJobDto = {
  id: '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a',
  queue: 'mail.deliver',
  dataSummary: '{"notificationId":"42"}',
  error: '550 mailbox unavailable',
  attempts: 4,
  createdAt: new Date(2026, 11, 7, 9, 0).toISOString(),
  startedAt: new Date(2026, 11, 7, 9, 5).toISOString(),
  failedAt: new Date(2026, 11, 7, 9, 6).toISOString(),
};

const summary = (failed: number): JobsSummaryDto => ({
  workersEnabled: true,
  queues: [
    {
      queue: 'intents.overdue-sweep',
      queued: 1,
      active: 0,
      failed: 0,
      deadLettered: 0,
    },
    {
      queue: 'mail.deliver',
      queued: 12,
      active: 2,
      failed,
      deadLettered: failed,
    },
  ],
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function render(url = '/operator/jobs') {
  return renderRoute(<OperatorJobsRoute />, {
    path: '/operator/jobs',
    url,
    me: operatorMe(),
  });
}

describe('OperatorJobsRoute', { timeout: 90_000 }, () => {
  it('shows the counts per queue and the failed jobs of the queue in the address', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname.endsWith('/summary')
        ? { body: summary(1) }
        : { body: page([job], { total: 21, page: 2, pageSize: 20 }) },
    );
    render('/operator/jobs?queue=mail.deliver&page=2');

    const counts = await screen.findByRole('table', { name: '各队列任务数' });
    const mail = await within(counts).findByRole('row', {
      name: /mail\.deliver/,
    });
    expect(
      within(mail)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['mail.deliver', '12', '2', '1', '1']);

    const table = await screen.findByRole('table', { name: '失败的任务' });
    const row = await within(table).findByRole('row', {
      name: /550 mailbox unavailable/,
    });
    expect(
      within(row).getByText('{"notificationId":"42"}'),
    ).toBeInTheDocument();
    expect(within(row).getByText('2026-12-07 09:06')).toBeInTheDocument();
    expect(screen.getByText('共 21 个失败任务')).toBeInTheDocument();
    expect(document.title).toBe('后台任务 · 企服超市');

    const [list] = requests(fetchMock).filter(
      (r) => r.url.pathname === '/api/operator/jobs/failed',
    );
    expect(Object.fromEntries(list.url.searchParams)).toEqual({
      queue: 'mail.deliver',
      page: '2',
      pageSize: '20',
    });
  });

  it('retries only after confirming, then the job leaves the list', async () => {
    const user = setupUser();
    let retried = false;
    const fetchMock = mockFetch((url, request) => {
      if (request.method === 'POST') {
        retried = true;
        return { body: { id: job.id, queue: job.queue } };
      }
      if (url.pathname.endsWith('/summary'))
        return { body: summary(retried ? 0 : 1) };
      return { body: page(retried ? [] : [job]) };
    });
    render();

    await user.click(
      await screen.findByRole('button', {
        name: `重试 mail.deliver ${job.id}`,
      }),
    );
    // Nothing is sent before the confirmation.
    expect(requests(fetchMock).filter((r) => r.method === 'POST')).toEqual([]);
    const confirm = await screen.findByRole('tooltip');
    expect(
      within(confirm).getByText('重新执行这个 mail.deliver 任务？'),
    ).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '重新执行' }));

    expect(await screen.findByText('任务已重新排队')).toBeInTheDocument();
    expect(await screen.findByText('没有失败的任务')).toBeInTheDocument();
    const posts = requests(fetchMock).filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.url.pathname)).toEqual([
      `/api/operator/jobs/${job.id}/retry`,
    ]);
    await waitFor(() => {
      const mail = within(
        screen.getByRole('table', { name: '各队列任务数' }),
      ).getByRole('row', { name: /mail\.deliver/ });
      expect(within(mail).getAllByRole('cell')[3].textContent).toBe('0');
    });
  });

  it('says why a retry failed and keeps the row', async () => {
    const user = setupUser();
    mockFetch((url, request) =>
      request.method === 'POST'
        ? apiError(409, 'JOB_NOT_FAILED')
        : url.pathname.endsWith('/summary')
          ? { body: summary(1) }
          : { body: page([job]) },
    );
    render();

    await user.click(
      await screen.findByRole('button', {
        name: `重试 mail.deliver ${job.id}`,
      }),
    );
    await user.click(
      within(await screen.findByRole('tooltip')).getByRole('button', {
        name: '重新执行',
      }),
    );
    expect(
      await screen.findByText(/^重试失败：该任务已不在失败状态/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: /550 mailbox unavailable/ }),
    ).toBeInTheDocument();
  });
});
