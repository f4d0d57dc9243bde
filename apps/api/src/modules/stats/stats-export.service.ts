import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StatsQuery } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import type { DataSourceSettings } from '../../database/data-source';
import { DATABASE_SETTINGS } from '../../database/statements';
import { csvField, csvLine, UTF8_BOM } from './csv';
import {
  COL,
  EXPORT_CATEGORY_NAMES,
  EXPORT_COMPANY_NAMES,
  EXPORT_PROVIDER_NAMES,
  EXPORT_SERVICE_TITLES,
  INTENT_EXPORT_PAGE,
  type IntentExportRow,
} from './stats-export.sql';
import { resolvePeriod, type Period } from './stats-period';
import { StatsService } from './stats.service';
import { COUNT_INTENTS } from './stats.sql';
import { inlineString, xlsxFile, xlsxRow } from './xlsx-stream';

export type ExportFormat = 'csv' | 'xlsx';

const STATUS_ZH: Record<string, string> = {
  submitted: '已提交', accepted: '已受理', declined: '已婉拒', withdrawn: '已撤回', negotiating: '洽谈中',
  signed: '已签约', in_service: '服务中', completed: '已完成', closed: '已关闭',
};

export const INTENT_COLUMNS = ['编号', '创建时间', '状态', '企业', '服务机构', '服务', '类别', '预算下限(元)', '预算上限(元)', '首次响应(小时)', '签约金额(元)', '签约日期', '完成时间', '评分'];
export const PROVIDER_COLUMNS = ['服务机构', '合作意向', '已受理', '洽谈', '已签约', '已完成', '已评价', '签约率', '首次响应中位数(小时)', '首次响应P90(小时)', '平均评分', '签约金额(元)'];
export const INTENT_SHEET = '合作意向';
export const PROVIDER_SHEET = '服务机构';

/**
 * Rows per page. On a server a page is ~15 ms of index range and rating probes, and the next is
 * read while this one is written out; larger pages were no faster and let a page's rows live long
 * enough to reach V8's old generation (10,000 rows: peak RSS ~400 MB, 2,000: ~190 MB). On the
 * embedded PGlite (one connection for every request) pages are smaller still, so the requests
 * queued behind a page wait milliseconds, not seconds.
 */
const SERVER_PAGE = 2_000;
const EMBEDDED_PAGE = 1_000;

interface PgPool {
  query(config: { text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: (string | null)[][] }>;
}

/** Names by id, read for a page's new ids only and kept for the export, already in the output's escaping. */
class NameCache {
  private readonly known = new Map<string, string>();

  constructor(
    private readonly sql: string,
    private readonly prepare: (name: string) => string,
  ) {}

  missing(page: IntentExportRow[], col: number): string[] {
    const ids = new Set<string>();
    for (const r of page) {
      const id = r[col];
      if (id !== null && !this.known.has(id)) ids.add(id);
    }
    return [...ids];
  }

  async fill(pool: PgPool, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const { rows } = await pool.query({ text: this.sql, values: [ids], rowMode: 'array' });
    for (const [id, name] of rows) this.known.set(id as string, this.prepare(name ?? ''));
  }

  /** The prepared name; an id that vanished meanwhile (a deleted row) shows as its id. */
  get(id: string | null): string {
    if (id === null) return '';
    return this.known.get(id) ?? this.prepare(id);
  }
}

const csvText = (s: string) => csvField(s);
const xlsxText = (s: string) => inlineString(s);

// Exports stream. Intents are read in keyset pages of text already formatted by PostgreSQL (see
// stats-export.sql.ts) and written as they come: a million-row export never sits in memory, and
// a slow reader slows the reading (the stream is pulled). The total goes out first as
// X-Total-Rows so the browser can show progress; exports above the job threshold run as jobs
// (ExportJobsService) through the same stream into a file.
@Injectable()
export class StatsExportService {
  private readonly logger = new Logger('StatsExport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stats: StatsService,
    @Inject(DATABASE_SETTINGS) private readonly settings: DataSourceSettings,
  ) {}

  async countIntents(q: Pick<StatsQuery, 'from' | 'to'>): Promise<number> {
    const p = resolvePeriod(q);
    const [r]: { n: number }[] = await this.db.query(COUNT_INTENTS, [p.start, p.end]);
    return r.n;
  }

  /** The intents of the period as a file; `onRows` hears the rows written so far after each page. */
  intentFile(q: Pick<StatsQuery, 'from' | 'to'>, format: ExportFormat, onRows?: (done: number) => Promise<void> | void): Readable {
    const p = resolvePeriod(q);
    const chunks = format === 'csv' ? this.intentCsv(p, onRows) : xlsxFile(INTENT_SHEET, INTENT_COLUMNS, this.intentXlsxRows(p, onRows));
    return this.readable(chunks);
  }

  async providerFile(q: StatsQuery, format: ExportFormat): Promise<{ rows: number; body: Readable }> {
    const rows = (await this.stats.breakdownRows('provider', resolvePeriod(q))).map((r) => [
      r.label, r.created, r.accepted, r.negotiating, r.signed, r.completed, r.rated, r.signRate, r.medianFirstResponseHours,
      r.p90FirstResponseHours, r.averageRating, r.signedAmount,
    ]);
    const chunks =
      format === 'csv'
        ? (async function* () {
            yield Buffer.from(UTF8_BOM + csvLine(PROVIDER_COLUMNS) + rows.map(csvLine).join(''), 'utf8');
          })()
        : xlsxFile(PROVIDER_SHEET, PROVIDER_COLUMNS, (async function* () {
            yield rows.map((r, i) => xlsxRow(i + 2, r)).join('');
          })());
    return { rows: rows.length, body: this.readable(chunks) };
  }

  private readable(chunks: AsyncGenerator<Buffer>): Readable {
    const logger = this.logger;
    return Readable.from(
      (async function* () {
        try {
          yield* chunks;
        } catch (err) {
          logger.error(`Export failed: ${String(err)}`);
          throw err;
        }
      })(),
      { objectMode: false },
    );
  }

  private pool(): PgPool {
    // PostgresDriver.master is the pg pool (public, typed any): rows as arrays need the driver's own query config.
    const pool = (this.db.driver as { master?: PgPool }).master;
    if (!pool) throw new Error('The database is not connected.');
    return pool;
  }

  /** Pages of intents, the next one read while the caller writes the current one. */
  private async *pages(p: Period): AsyncGenerator<IntentExportRow[]> {
    const pool = this.pool();
    const size = this.settings.embedded ? EMBEDDED_PAGE : SERVER_PAGE;
    const read = (key: string | null, id: string | null) =>
      pool.query({ text: INTENT_EXPORT_PAGE, values: [p.start, p.end, key, id, size], rowMode: 'array' }).then((r) => r.rows);
    let next: Promise<IntentExportRow[]> | null = read(null, null);
    try {
      while (next) {
        const page: IntentExportRow[] = await next;
        const last = page[page.length - 1];
        next = page.length === size ? read(last[COL.Key], last[COL.Id]) : null;
        yield page;
      }
    } finally {
      // Abandoned (the client went away): nobody awaits the read ahead.
      next?.catch(() => undefined);
    }
  }

  private names(prepare: (s: string) => string) {
    return {
      company: new NameCache(EXPORT_COMPANY_NAMES, prepare),
      provider: new NameCache(EXPORT_PROVIDER_NAMES, prepare),
      service: new NameCache(EXPORT_SERVICE_TITLES, prepare),
      category: new NameCache(EXPORT_CATEGORY_NAMES, prepare),
      status: new Map(Object.entries(STATUS_ZH).map(([k, v]) => [k, prepare(v)])),
    };
  }

  private async fillNames(n: ReturnType<StatsExportService['names']>, page: IntentExportRow[]): Promise<void> {
    const pool = this.pool();
    await Promise.all([
      n.company.fill(pool, n.company.missing(page, COL.Company)),
      n.provider.fill(pool, n.provider.missing(page, COL.Provider)),
      n.service.fill(pool, n.service.missing(page, COL.Service)),
      n.category.fill(pool, n.category.missing(page, COL.Category)),
    ]);
  }

  private async *intentCsv(p: Period, onRows?: (done: number) => Promise<void> | void): AsyncGenerator<Buffer> {
    const n = this.names(csvText);
    yield Buffer.from(UTF8_BOM + csvLine(INTENT_COLUMNS), 'utf8');
    let done = 0;
    for await (const page of this.pages(p)) {
      await this.fillNames(n, page);
      let out = '';
      // Ids, times, dates and numbers never need quoting; every text was escaped once, in its cache.
      for (const r of page) {
        out +=
          `${r[COL.Id]},${r[COL.Created]},${n.status.get(r[COL.Status] as string) ?? csvText(r[COL.Status] as string)},` +
          `${n.company.get(r[COL.Company])},${n.provider.get(r[COL.Provider])},${n.service.get(r[COL.Service])},${n.category.get(r[COL.Category])},` +
          `${r[COL.BudgetMin] ?? ''},${r[COL.BudgetMax] ?? ''},${r[COL.FirstResponseHours] ?? ''},${r[COL.ContractAmount] ?? ''},` +
          `${r[COL.SignedOn] ?? ''},${r[COL.Completed] ?? ''},${r[COL.Score] ?? ''}\r\n`;
      }
      done += page.length;
      yield Buffer.from(out, 'utf8');
      await onRows?.(done);
    }
  }

  private async *intentXlsxRows(p: Period, onRows?: (done: number) => Promise<void> | void): AsyncGenerator<string> {
    const n = this.names(xlsxText);
    let row = 1;
    let done = 0;
    const text = (col: string, v: string) => (v ? `<c r="${col}${row}" t="inlineStr">${v}</c>` : '');
    const num = (col: string, v: string | null) => (v === null ? '' : `<c r="${col}${row}"><v>${v}</v></c>`);
    const plain = (col: string, v: string | null) => (v === null ? '' : `<c r="${col}${row}" t="inlineStr"><is><t>${v}</t></is></c>`);
    for await (const page of this.pages(p)) {
      await this.fillNames(n, page);
      let out = '';
      for (const r of page) {
        row++;
        // Ids, times and dates are plain ASCII: no escaping needed.
        out +=
          `<row r="${row}">${plain('A', r[COL.Id])}${plain('B', r[COL.Created])}` +
          text('C', n.status.get(r[COL.Status] as string) ?? xlsxText(r[COL.Status] as string)) +
          text('D', n.company.get(r[COL.Company])) + text('E', n.provider.get(r[COL.Provider])) + text('F', n.service.get(r[COL.Service])) +
          text('G', n.category.get(r[COL.Category])) +
          num('H', r[COL.BudgetMin]) + num('I', r[COL.BudgetMax]) + num('J', r[COL.FirstResponseHours]) + num('K', r[COL.ContractAmount]) +
          plain('L', r[COL.SignedOn]) + plain('M', r[COL.Completed]) + num('N', r[COL.Score]) + '</row>';
      }
      done += page.length;
      yield out;
      await onRows?.(done);
    }
  }
}
