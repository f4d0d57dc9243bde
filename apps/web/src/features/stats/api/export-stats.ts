import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  EXPORT_SUBJECTS,
  type ApiErrorBody,
  type ExportJobDto,
  type ExportSubject as JobExportSubject,
} from '@qifu/contracts';
import { ApiError, buildApiUrl } from '../../../lib/api-client';
import { createExport } from './create-export';
import { exportJobsQueryKey } from './get-export-jobs';
import type { StatsRange } from './get-stats-overview';

// Exports are streamed by the API (a million rows never sit in its memory, nor in a JSON
// array here): the body is read chunk by chunk with progress, then saved as the server's file.
// A subject the API runs as jobs is asked first (POST /api/stats/exports): too many rows, and
// it becomes a job on the server, downloaded later from the jobs list instead of streamed now.

export type ExportSubject = 'intents' | 'providers';
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportProgress {
  bytes: number;
  /** Content-Length when the server sent one (it streams, so usually not). */
  totalBytes: number | null;
  /** Data rows received so far (CSV only: lines after the header). */
  rows: number | null;
  /** X-Total-Rows: how many rows the file will hold. */
  totalRows: number | null;
}

export interface ExportFile {
  blob: Blob;
  filename: string;
  progress: ExportProgress;
}

const LF = 0x0a;
const QUOTE = 0x22;

/**
 * Counts CSV records as bytes arrive: a line feed ends a record unless it sits inside a quoted
 * cell (RFC 4180 doubles quotes inside cells, so toggling on every quote stays right).
 */
export function createCsvRecordCounter() {
  let quoted = false;
  let records = 0;
  return {
    push(chunk: Uint8Array) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === QUOTE) quoted = !quoted;
        else if (byte === LF && !quoted) records++;
      }
    },
    get records() {
      return records;
    },
  };
}

/** Reads a response body to the end, reporting after each chunk; cancels the stream on abort. */
export async function readBodyWithProgress(
  body: ReadableStream<Uint8Array>,
  options: {
    csv: boolean;
    totalRows: number | null;
    totalBytes: number | null;
    onProgress?: (progress: ExportProgress) => void;
    signal?: AbortSignal;
  },
): Promise<{ parts: Uint8Array[]; progress: ExportProgress }> {
  const reader = body.getReader();
  const counter = options.csv ? createCsvRecordCounter() : null;
  const parts: Uint8Array[] = [];
  const progress: ExportProgress = {
    bytes: 0,
    totalBytes: options.totalBytes,
    rows: counter ? 0 : null,
    totalRows: options.totalRows,
  };
  const onAbort = () => void reader.cancel().catch(() => undefined);
  options.signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      if (options.signal?.aborted)
        throw new DOMException('The export was cancelled', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      progress.bytes += value.byteLength;
      if (counter) {
        counter.push(value);
        // The first record is the header row.
        progress.rows = Math.max(0, counter.records - 1);
      }
      options.onProgress?.({ ...progress });
    }
    if (options.signal?.aborted)
      throw new DOMException('The export was cancelled', 'AbortError');
    return { parts, progress };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}

/** The file name of Content-Disposition: filename* (UTF-8) first, then filename. */
export function filenameFromDisposition(
  header: string | null,
  fallback: string,
): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;]+)/i.exec(header);
  return (plain?.[1] ?? plain?.[2])?.trim() || fallback;
}

function numberHeader(response: Response, name: string): number | null {
  const value = response.headers.get(name);
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: Partial<ApiErrorBody> | undefined;
  try {
    body = (await response.json()) as Partial<ApiErrorBody>;
  } catch {
    body = undefined;
  }
  return typeof body?.code === 'string'
    ? new ApiError({
        code: body.code,
        message: body.message ?? `HTTP ${response.status}`,
        status: response.status,
        details: body.details,
        requestId: body.requestId,
      })
    : new ApiError({
        code: response.status >= 500 ? 'INTERNAL_ERROR' : 'UNEXPECTED_RESPONSE',
        message: `HTTP ${response.status}`,
        status: response.status,
      });
}

export function exportUrl(
  subject: ExportSubject,
  format: ExportFormat,
  range: StatsRange,
): string {
  return buildApiUrl(`/stats/export/${subject}.${format}`, { ...range });
}

/** Subjects the API can run as jobs (the others always stream). */
export function exportRunsAsJob(
  subject: ExportSubject,
): subject is JobExportSubject {
  return (EXPORT_SUBJECTS as readonly string[]).includes(subject);
}

/** Downloads one export as a stream; rejects with an ApiError, or an AbortError when cancelled. */
export async function downloadStatsExport(
  subject: ExportSubject,
  format: ExportFormat,
  range: StatsRange,
  options: {
    onProgress?: (progress: ExportProgress) => void;
    signal?: AbortSignal;
    /** The API's own URL for this export (the `direct` answer of POST /api/stats/exports). */
    url?: string;
  } = {},
): Promise<ExportFile> {
  let response: Response;
  try {
    response = await fetch(options.url ?? exportUrl(subject, format, range), {
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({
      code: 'NETWORK_ERROR',
      message:
        error instanceof Error ? error.message : 'Network request failed',
      status: 0,
    });
  }
  if (!response.ok) throw await errorOf(response);
  if (!response.body)
    throw new ApiError({
      code: 'UNEXPECTED_RESPONSE',
      message: 'The export had no body',
      status: response.status,
    });
  const totalRows = numberHeader(response, 'X-Total-Rows');
  const totalBytes = numberHeader(response, 'Content-Length');
  options.onProgress?.({
    bytes: 0,
    totalBytes,
    rows: format === 'csv' ? 0 : null,
    totalRows,
  });
  const { parts, progress } = await readBodyWithProgress(response.body, {
    csv: format === 'csv',
    totalRows,
    totalBytes,
    onProgress: options.onProgress,
    signal: options.signal,
  });
  const type =
    response.headers.get('Content-Type') ?? 'application/octet-stream';
  return {
    blob: new Blob(parts as BlobPart[], { type }),
    filename: filenameFromDisposition(
      response.headers.get('Content-Disposition'),
      `qifu-${subject}-${range.from}_${range.to}.${format}`,
    ),
    progress,
  };
}

/** Hands a Blob to the browser as a download under the given name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportState =
  | { status: 'idle' }
  | {
      status: 'running';
      subject: ExportSubject;
      format: ExportFormat;
      progress: ExportProgress | null;
    }
  | { status: 'done'; filename: string; progress: ExportProgress }
  /** Too large to stream: the server runs it as this job. */
  | { status: 'queued'; job: ExportJobDto }
  | { status: 'cancelled' }
  | { status: 'error'; error: unknown };

/**
 * One export at a time, with progress and cancel; unmounting cancels a running one. `onJob`
 * hears of an export the server queued as a job.
 */
export function useStatsExport(
  range: StatsRange,
  onJob?: (job: ExportJobDto) => void,
) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const onJobRef = useRef(onJob);
  useEffect(() => {
    onJobRef.current = onJob;
  }, [onJob]);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (subject: ExportSubject, format: ExportFormat) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'running', subject, format, progress: null });
      try {
        let url: string | undefined;
        if (exportRunsAsJob(subject)) {
          const answer = await createExport({
            subject,
            format,
            ...range,
          });
          if (answer.mode === 'job') {
            // Listed even when cancelled meanwhile: the job exists on the server either way.
            void queryClient.invalidateQueries({
              queryKey: exportJobsQueryKey(),
            });
            onJobRef.current?.(answer.job);
            if (abort.signal.aborted) setState({ status: 'cancelled' });
            else setState({ status: 'queued', job: answer.job });
            return;
          }
          url = answer.url;
          if (abort.signal.aborted)
            throw new DOMException('The export was cancelled', 'AbortError');
        }
        const file = await downloadStatsExport(subject, format, range, {
          url,
          signal: abort.signal,
          onProgress: (progress) =>
            setState({ status: 'running', subject, format, progress }),
        });
        saveBlob(file.blob, file.filename);
        setState({
          status: 'done',
          filename: file.filename,
          progress: file.progress,
        });
      } catch (error) {
        if (abort.signal.aborted) setState({ status: 'cancelled' });
        else setState({ status: 'error', error });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [range, queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
