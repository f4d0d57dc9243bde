import { afterEach, vi } from 'vitest';
import type { ExportJobDto } from '@qifu/contracts';
import { screen, waitFor } from '@testing-library/react';
import { setupUser } from '../../../testing/antd';
import { operatorMe } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render';
import { StatsExport } from './stats-export';

const range = { from: '2026-11-01', to: '2026-11-30' };
const encoder = new TextEncoder();

/** A body the test feeds by hand, so it can look at the page between chunks. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const cancelled = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel: cancelled,
  });
  return {
    body,
    cancelled,
    push: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const DIRECT_URL =
  '/api/stats/export/intents.csv?from=2026-11-01&to=2026-11-30';

/** POST /api/stats/exports answers `answer`; any other request gets the streamed file. */
function stubExport(
  body: ReadableStream<Uint8Array> | null,
  totalRows: string,
  answer: unknown = {
    mode: 'direct',
    rows: Number(totalRows),
    url: DIRECT_URL,
  },
) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) =>
    String(input) === '/api/stats/exports' && init?.method === 'POST'
      ? new Response(JSON.stringify(answer), {
          headers: { 'Content-Type': 'application/json' },
        })
      : new Response(body, {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="qifu-intents-2026-11-01_2026-11-30.csv"`,
            'X-Total-Rows': totalRows,
          },
        }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const job: ExportJobDto = {
  id: '5f0c8d5e-2b1a-4c3d-9e8f-7a6b5c4d3e2f',
  subject: 'intents',
  format: 'xlsx',
  from: '2026-11-01',
  to: '2026-11-30',
  status: 'queued',
  rowsDone: 0,
  rowsTotal: 1_234_567,
  bytes: null,
  fileName: 'qifu-intents-2026-11-01_2026-11-30.xlsx',
  createdAt: '2026-11-30T02:00:00.000Z',
  finishedAt: null,
  expiresAt: null,
  downloadUrl: null,
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('StatsExport', () => {
  it('shows rows received against the total while streaming, then saves the file', async () => {
    const user = setupUser();
    const stream = controlledBody();
    const fetchMock = stubExport(stream.body, '4');
    const created = vi
      .spyOn(URL, 'createObjectURL')
      .mockReturnValue('blob:qifu');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    renderRoute(<StatsExport range={range} />, {
      path: '/operator/stats',
      url: '/operator/stats',
      me: operatorMe(),
    });

    await user.click(
      screen.getByRole('button', { name: '导出合作意向明细 CSV' }),
    );
    // The API is asked first; small enough, it names the URL to stream from.
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const [asked, init] = fetchMock.mock.calls[0] ?? [];
    expect(String(asked)).toBe('/api/stats/exports');
    expect(JSON.parse(String(init?.body))).toEqual({
      subject: 'intents',
      format: 'csv',
      ...range,
    });
    expect(String(fetchMock.mock.calls[1]?.[0])).toBe(DIRECT_URL);
    stream.push('\uFEFF编号,状态\r\na1,已提交\r\n');
    expect(await screen.findByText(/已接收 1 \/ 4 行/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    // One export at a time.
    expect(
      screen.getByRole('button', { name: '导出服务机构统计 Excel' }),
    ).toBeDisabled();

    stream.push('a2,已签约\r\na3,"已完成\n含换行"\r\na4,已关闭\r\n');
    stream.end();
    expect(
      await screen.findByText(
        '已导出 qifu-intents-2026-11-01_2026-11-30.csv。',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/已接收 4 \/ 4 行/)).toBeInTheDocument();
    expect(created).toHaveBeenCalledTimes(1);
    const link = clicked.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('qifu-intents-2026-11-01_2026-11-30.csv');
    expect(link.href).toBe('blob:qifu');
  });

  it('cancels a running export and reads no further', async () => {
    const user = setupUser();
    const stream = controlledBody();
    stubExport(stream.body, '1000');
    const created = vi.spyOn(URL, 'createObjectURL');
    renderRoute(<StatsExport range={range} />, {
      path: '/operator/stats',
      url: '/operator/stats',
      me: operatorMe(),
    });
    await user.click(
      screen.getByRole('button', { name: '导出合作意向明细 CSV' }),
    );
    stream.push('编号,状态\r\na1,已提交\r\n');
    await screen.findByText(/已接收 1 \/ 1,000 行/);

    await user.click(screen.getByRole('button', { name: '取消导出' }));
    expect(await screen.findByText('导出已取消。')).toBeInTheDocument();
    await waitFor(() => expect(stream.cancelled).toHaveBeenCalled());
    expect(created).not.toHaveBeenCalled();
    expect(
      screen.getByRole('button', { name: '导出合作意向明细 CSV' }),
    ).toBeEnabled();
  });

  it('announces an export the server queued as a job, and streams nothing', async () => {
    const user = setupUser();
    const fetchMock = stubExport(null, '0', { mode: 'job', job });
    const onJob = vi.fn();
    const created = vi.spyOn(URL, 'createObjectURL');
    renderRoute(<StatsExport range={range} onJob={onJob} />, {
      path: '/operator/stats',
      url: '/operator/stats',
      me: operatorMe(),
    });
    await user.click(
      screen.getByRole('button', { name: '导出合作意向明细 Excel' }),
    );
    expect(
      await screen.findByText(
        '合作意向明细共 1,234,567 行，已转为后台导出任务。',
      ),
    ).toBeInTheDocument();
    expect(onJob).toHaveBeenCalledWith(job);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(created).not.toHaveBeenCalled();
  });

  it('streams the provider figures at once (the API runs no jobs of them)', async () => {
    const user = setupUser();
    const stream = controlledBody();
    const fetchMock = stubExport(stream.body, '2');
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:qifu');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(
      () => undefined,
    );
    renderRoute(<StatsExport range={range} />, {
      path: '/operator/stats',
      url: '/operator/stats',
      me: operatorMe(),
    });
    await user.click(
      screen.getByRole('button', { name: '导出服务机构统计 CSV' }),
    );
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe(
      '/api/stats/export/providers.csv?from=2026-11-01&to=2026-11-30',
    );
    stream.end();
    expect(
      await screen.findByText(
        '已导出 qifu-intents-2026-11-01_2026-11-30.csv。',
      ),
    ).toBeInTheDocument();
  });
});
