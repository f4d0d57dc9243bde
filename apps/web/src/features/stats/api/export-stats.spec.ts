import { afterEach, vi } from 'vitest';
import {
  createCsvRecordCounter,
  downloadStatsExport,
  filenameFromDisposition,
  readBodyWithProgress,
  type ExportProgress,
} from './export-stats';

const encoder = new TextEncoder();
const BOM = '\uFEFF';

/** A body that hands out the given chunks one read at a time, as a network stream does. */
function streamOf(chunks: string[], onCancel?: () => void) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]));
      else controller.close();
    },
    cancel: onCancel,
  });
}

/** jsdom's Blob has no text() nor arrayBuffer(); FileReader reads it as a browser would. */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createCsvRecordCounter', () => {
  it('counts records, not line feeds inside quoted cells, across chunk edges', () => {
    const counter = createCsvRecordCounter();
    counter.push(encoder.encode('编号,需求\r\n1,"第一行\n第二'));
    expect(counter.records).toBe(1);
    counter.push(encoder.encode('行"\r\n2,"他说""好"""\r\n'));
    expect(counter.records).toBe(3);
  });
});

describe('readBodyWithProgress', () => {
  it('reports rows (after the header) and bytes after every chunk', async () => {
    const chunks = [
      `${BOM}编号,状态\r\n`,
      'a1,已提交\r\na2,已签约\r\n',
      'a3,"已完成\n备注"\r\n',
    ];
    const seen: ExportProgress[] = [];
    const { parts, progress } = await readBodyWithProgress(streamOf(chunks), {
      csv: true,
      totalRows: 3,
      totalBytes: null,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.map((p) => p.rows)).toEqual([0, 2, 3]);
    const bytes = chunks.map((c) => encoder.encode(c).byteLength);
    expect(seen.map((p) => p.bytes)).toEqual([
      bytes[0],
      bytes[0] + bytes[1],
      bytes[0] + bytes[1] + bytes[2],
    ]);
    expect(progress).toEqual({
      bytes: bytes[0] + bytes[1] + bytes[2],
      totalBytes: null,
      rows: 3,
      totalRows: 3,
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await blobBytes(new Blob(parts as BlobPart[])),
    );
    expect(text).toBe(chunks.join(''));
  });

  it('does not count rows of a binary file', async () => {
    const { progress } = await readBodyWithProgress(streamOf(['PK\n\n', 'x']), {
      csv: false,
      totalRows: 10,
      totalBytes: 5,
    });
    expect(progress).toMatchObject({ rows: null, bytes: 5, totalBytes: 5 });
  });

  it('stops and cancels the stream when aborted', async () => {
    const cancelled = vi.fn();
    const abort = new AbortController();
    const reading = readBodyWithProgress(
      streamOf(['head\r\n', 'r1\r\n', 'r2\r\n', 'r3\r\n'], cancelled),
      {
        csv: true,
        totalRows: 3,
        totalBytes: null,
        signal: abort.signal,
        onProgress: (p) => {
          if (p.rows === 1) abort.abort();
        },
      },
    );
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled).toHaveBeenCalled();
  });
});

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="qifu-intents.csv"; filename*=UTF-8''%E5%90%88%E4%BD%9C.csv`,
        'x.csv',
      ),
    ).toBe('合作.csv');
    expect(
      filenameFromDisposition('attachment; filename="qifu-a.xlsx"', 'x'),
    ).toBe('qifu-a.xlsx');
    expect(filenameFromDisposition(null, 'fallback.csv')).toBe('fallback.csv');
  });
});

describe('downloadStatsExport', () => {
  it('streams the period export with the total rows and the server file name', async () => {
    const fetchMock = vi.fn<typeof fetch>(
      async () =>
        new Response(streamOf([`${BOM}编号,状态\r\n`, 'a1,已提交\r\n']), {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="qifu-intents-2026-11-01_2026-11-30.csv"; filename*=UTF-8''qifu-intents-2026-11-01_2026-11-30.csv`,
            'X-Total-Rows': '1',
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const seen: ExportProgress[] = [];
    const file = await downloadStatsExport(
      'intents',
      'csv',
      { from: '2026-11-01', to: '2026-11-30' },
      { onProgress: (p) => seen.push(p) },
    );
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe(
      '/api/stats/export/intents.csv?from=2026-11-01&to=2026-11-30',
    );
    expect(file.filename).toBe('qifu-intents-2026-11-01_2026-11-30.csv');
    expect(file.progress).toMatchObject({ rows: 1, totalRows: 1 });
    expect(seen[0]).toMatchObject({ rows: 0, totalRows: 1, bytes: 0 });
    expect(file.blob.type).toBe('text/csv; charset=utf-8');
    const bytes = await blobBytes(file.blob);
    // The BOM Excel needs to read Chinese survives untouched.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('turns an error answer into an ApiError with its code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              code: 'FORBIDDEN',
              message: 'no',
              requestId: 'r1',
            }),
            { status: 403, headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    await expect(
      downloadStatsExport('providers', 'xlsx', {
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
      requestId: 'r1',
    });
  });
});
