import { PassThrough, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StatsQuery } from '@qifu/contracts';
import { DataSource } from 'typeorm';
import * as ExcelJS from 'exceljs';
import { csvLine, UTF8_BOM } from './csv';
import { resolvePeriod, type Period } from './stats-period';
import { StatsService } from './stats.service';
import { COUNT_INTENTS, EXPORT_PAGE_SIZE, INTENT_EXPORT_PAGE, type IntentExportRow } from './stats.sql';

const STATUS_ZH: Record<string, string> = {
  submitted: '已提交', accepted: '已受理', declined: '已婉拒', withdrawn: '已撤回', negotiating: '洽谈中',
  signed: '已签约', in_service: '服务中', completed: '已完成', closed: '已关闭',
};

export const INTENT_COLUMNS = ['编号', '创建时间', '状态', '企业', '服务机构', '服务', '类别', '预算下限(元)', '预算上限(元)', '首次响应(小时)', '签约金额(元)', '签约日期', '完成时间', '评分'];
export const PROVIDER_COLUMNS = ['服务机构', '合作意向', '已受理', '洽谈', '已签约', '已完成', '已评价', '签约率', '首次响应中位数(小时)', '首次响应P90(小时)', '平均评分', '签约金额(元)'];

const cst = (d: Date | null) => (d ? new Date(new Date(d).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ') : null);

// Exports stream: rows are read page by page (keyset on created_at, id) and written as they come,
// so a million-row export never sits in memory. The total goes out first as X-Total-Rows so the
// browser can show progress.
@Injectable()
export class StatsExportService {
  private readonly logger = new Logger('StatsExport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stats: StatsService,
  ) {}

  async countIntents(q: StatsQuery): Promise<number> {
    const p = resolvePeriod(q);
    const [r]: { n: number }[] = await this.db.query(COUNT_INTENTS, [p.start, p.end]);
    return r.n;
  }

  /** Rows of intents in the period as arrays of cell values, page by page. */
  async *intentRows(q: StatsQuery): AsyncGenerator<unknown[]> {
    const p: Period = resolvePeriod(q);
    let after: { at: Date; id: string } | null = null;
    for (;;) {
      const page: IntentExportRow[] = await this.db.query(INTENT_EXPORT_PAGE, [p.start, p.end, after?.at ?? null, after?.id ?? null]);
      for (const r of page) {
        yield [
          r.id, cst(r.created_at), STATUS_ZH[r.status] ?? r.status, r.company, r.provider, r.service, r.category,
          r.budget_min === null ? null : Number(r.budget_min), r.budget_max === null ? null : Number(r.budget_max),
          r.first_response_h === null ? null : Number(r.first_response_h),
          r.contract_amount === null ? null : Number(r.contract_amount), r.signed_on, cst(r.completed_at),
          r.score === null ? null : Number(r.score),
        ];
      }
      if (page.length < EXPORT_PAGE_SIZE) return;
      const last = page[page.length - 1];
      after = { at: last.created_at, id: last.id };
    }
  }

  async providerRows(q: StatsQuery): Promise<unknown[][]> {
    const rows = await this.stats.breakdownRows('provider', resolvePeriod(q));
    return rows.map((r) => [
      r.label, r.created, r.accepted, r.negotiating, r.signed, r.completed, r.rated, r.signRate, r.medianFirstResponseHours,
      r.p90FirstResponseHours, r.averageRating, r.signedAmount,
    ]);
  }

  /** CSV with a BOM, streamed. */
  csv(header: string[], rows: AsyncIterable<unknown[]> | Iterable<unknown[]>): Readable {
    const out = new PassThrough();
    void (async () => {
      try {
        out.write(UTF8_BOM + csvLine(header));
        for await (const row of rows) {
          // Respect back-pressure: wait when the client reads slower than we query.
          if (!out.write(csvLine(row))) await new Promise((resolve) => out.once('drain', resolve));
        }
        out.end();
      } catch (err) {
        this.logger.error(`Export failed: ${String(err)}`);
        out.destroy(err as Error);
      }
    })();
    return out;
  }

  /** XLSX written row by row to the response (exceljs's streaming writer). */
  xlsx(sheetName: string, header: string[], rows: AsyncIterable<unknown[]> | Iterable<unknown[]>): Readable {
    const out = new PassThrough();
    void (async () => {
      try {
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
        const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
        const head = sheet.addRow(header);
        head.font = { bold: true };
        head.commit();
        for await (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
        sheet.commit();
        await workbook.commit();
      } catch (err) {
        this.logger.error(`Export failed: ${String(err)}`);
        out.destroy(err as Error);
      }
    })();
    return out;
  }
}
