import { afterEach, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { ExportJobDto } from '@qifu/contracts';
import { formatDateMinute } from '../../../lib/format';
import { operatorMe, page } from '../../../testing/fixtures';
import { mockFetch, requestedUrls } from '../../../testing/mock-fetch';
import { renderRoute } from '../../../testing/render';
import {
  EXPORT_JOBS_POLL_MS,
  exportJobsRefetchInterval,
} from '../api/get-export-jobs';
import { ExportJobTable } from './export-job-table';

const job = (overrides: Partial<ExportJobDto> = {}): ExportJobDto => ({
  id: '5f0c8d5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f',
  subject: 'intents',
  format: 'csv',
  from: '2026-01-01',
  to: '2026-11-30',
  status: 'running',
  rowsDone: 12_345,
  rowsTotal: 1_000_000,
  bytes: null,
  fileName: 'qifu-intents-2026-01-01_2026-11-30.csv',
  createdAt: '2026-11-30T02:05:00.000Z',
  finishedAt: null,
  expiresAt: null,
  downloadUrl: null,
  ...overrides,
});

const ready = job({
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  status: 'ready',
  rowsDone: 1_000_000,
  bytes: 3_460_300,
  finishedAt: '2026-11-30T02:07:00.000Z',
  expiresAt: '2026-12-01T02:07:00.000Z',
  downloadUrl: '/api/stats/exports/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/file',
});
const failed = job({
  id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  status: 'failed',
  rowsDone: 400_000,
});
const expired = job({
  id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  status: 'expired',
  rowsDone: 1_000_000,
  bytes: 3_460_300,
  expiresAt: '2026-11-29T02:07:00.000Z',
});

function renderTable(onPageChange = vi.fn()) {
  return renderRoute(<ExportJobTable page={1} onPageChange={onPageChange} />, {
    path: '/operator/stats',
    url: '/operator/stats',
    me: operatorMe(),
  });
}

const listCalls = (fetchMock: ReturnType<typeof mockFetch>) =>
  requestedUrls(fetchMock).filter((u) => u.pathname === '/api/stats/exports');

const rowOf = (table: HTMLElement, text: string | RegExp) => {
  const row = within(table).getByText(text).closest('tr');
  if (!row) throw new Error(`no row for ${String(text)}`);
  return row;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ExportJobTable', () => {
  it('shows a running job’s progress in rows, formatted the Chinese way', async () => {
    const fetchMock = mockFetch(() => ({ body: page([job()]) }));
    renderTable();

    const table = await screen.findByRole('table', { name: '导出任务' });
    expect(
      await within(table).findByText('12,345 / 1,000,000 行'),
    ).toBeInTheDocument();
    const bar = within(table).getByRole('progressbar', {
      name: '12,345 / 1,000,000 行',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(within(table).getByText('生成中')).toHaveAttribute(
      'data-status',
      'running',
    );
    expect(within(table).getByText('合作意向明细 CSV')).toBeInTheDocument();
    expect(
      within(table).getByText('2026-01-01 至 2026-11-30'),
    ).toBeInTheDocument();
    const created = within(table).getByText(formatDateMinute(job().createdAt));
    expect(created.textContent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(created).toHaveAttribute('dateTime', job().createdAt);
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('共 1 个导出任务')).toBeInTheDocument();
    expect(listCalls(fetchMock)[0]?.searchParams.toString()).toBe(
      'page=1&pageSize=5',
    );
  });

  it('offers the file only when ready, and says plainly when a job failed or expired', async () => {
    mockFetch(() => ({
      body: page([
        job({ status: 'queued', rowsDone: 0 }),
        ready,
        failed,
        expired,
      ]),
    }));
    renderTable();
    const table = await screen.findByRole('table', { name: '导出任务' });
    await within(table).findByText('可下载');

    const links = within(table).getAllByRole('link');
    expect(links).toHaveLength(1);
    const link = within(table).getByRole('link', {
      name: '下载 qifu-intents-2026-01-01_2026-11-30.csv',
    });
    expect(link).toHaveAttribute('href', ready.downloadUrl);
    expect(link).toHaveAttribute('download', ready.fileName);
    const readyRow = rowOf(table, '可下载');
    expect(readyRow).toHaveTextContent('3.3 MB');
    expect(readyRow).toHaveTextContent(formatDateMinute(ready.expiresAt));
    expect(within(readyRow).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '100',
    );

    expect(rowOf(table, '排队中')).toHaveTextContent('生成后可下载');
    const failedRow = rowOf(table, '失败');
    expect(failedRow).toHaveTextContent('生成失败，请重新导出');
    expect(failedRow).toHaveTextContent('400,000 / 1,000,000 行');
    expect(rowOf(table, '已过期')).toHaveTextContent(
      '文件已过期清理，请重新导出',
    );
  });

  it('polls while a job is queued or running, and stops once all have settled', async () => {
    expect(exportJobsRefetchInterval(page([ready, job()]))).toBe(
      EXPORT_JOBS_POLL_MS,
    );
    expect(exportJobsRefetchInterval(page([job({ status: 'queued' })]))).toBe(
      EXPORT_JOBS_POLL_MS,
    );
    expect(exportJobsRefetchInterval(page([ready, failed, expired]))).toBe(
      false,
    );
    expect(exportJobsRefetchInterval(undefined)).toBe(false);

    vi.useFakeTimers({ shouldAdvanceTime: true });
    // First answer: still running; every later one: done.
    let answers = 0;
    const fetchMock = mockFetch(() => ({
      body: page([answers++ === 0 ? job() : { ...ready, id: job().id }]),
    }));
    renderTable();
    const table = await screen.findByRole('table', { name: '导出任务' });
    await within(table).findByText('生成中');
    expect(listCalls(fetchMock)).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(EXPORT_JOBS_POLL_MS));
    await within(table).findByText('可下载');
    expect(listCalls(fetchMock)).toHaveLength(2);

    // Nothing moves any more: no further requests, however long the page stays open.
    await act(() => vi.advanceTimersByTimeAsync(EXPORT_JOBS_POLL_MS * 5));
    expect(listCalls(fetchMock)).toHaveLength(2);
  });

  it('shows an empty state before the first export job', async () => {
    mockFetch(() => ({ body: page([]) }));
    renderTable();
    expect(await screen.findByText('还没有导出任务')).toBeInTheDocument();
    expect(
      screen.getByText(
        '行数较多的导出会在后台生成，进度和下载链接显示在这里。',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('pages through the jobs', async () => {
    const fetchMock = mockFetch(() => ({
      body: page([job()], { total: 12, pageSize: 5 }),
    }));
    const onPageChange = vi.fn();
    renderTable(onPageChange);
    const next = await screen.findByTitle('2');
    await act(async () => {
      next.querySelector('a')?.click();
    });
    await waitFor(() => expect(onPageChange).toHaveBeenCalledWith(2, 5));
    expect(listCalls(fetchMock)).toHaveLength(1);
  });
});
