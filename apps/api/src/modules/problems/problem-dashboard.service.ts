import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProblemDashboardDto, ProblemDashboardQuery } from '@qifu/contracts';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { csvLine, UTF8_BOM } from '../stats/csv';
import { todayCst } from '../stats/stats-period';
import {
  DASHBOARD_BY_ASSIGNEE,
  DASHBOARD_BY_CATEGORY,
  DASHBOARD_EXPORT_COUNT,
  DASHBOARD_EXPORT_PAGE,
  DASHBOARD_OVERDUE,
  DASHBOARD_TREND,
  DASHBOARD_VIA_INTENT,
  dashboardTotals,
  HAS_INTENT_LINK,
  type ExportRow,
} from './problem-dashboard.sql';

const DAY_MS = 86_400_000;
const EXPORT_PAGE = 1_000;

export interface DashboardPeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** Both days included, China time; without dates the 12 months up to today. */
export function dashboardPeriod(q: ProblemDashboardQuery, now = new Date()): DashboardPeriod {
  const to = q.to ?? todayCst(now);
  let from = q.from;
  if (!from) {
    const d = new Date(`${to}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    from = new Date(d.getTime() + DAY_MS).toISOString().slice(0, 10);
  }
  return { from, to, start: new Date(`${from}T00:00:00+08:00`), end: new Date(Date.parse(`${to}T00:00:00+08:00`) + DAY_MS) };
}

/** The first days of the 12 months ending with `to`'s month. */
export function trendMonths(to: string): { first: string; last: string } {
  const [y, m] = to.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - 11, 1)).toISOString().slice(0, 10);
  return { first, last: `${to.slice(0, 7)}-01` };
}

const rate = (n: number, d: number) => (d === 0 ? null : n / d);

const STATUS_ZH: Record<string, string> = {
  reported: '已登记', accepted: '已受理', forwarded: '已转办', in_progress: '办理中', solved: '已办结', reopened: '已重开', confirmed: '已确认解决',
};
const URGENCY_ZH: Record<string, string> = { normal: '一般', urgent: '紧急', critical: '特急' };
const SATISFACTION_ZH: Record<string, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };
export const PROBLEM_EXPORT_COLUMNS = ['编号', '登记时间', '企业', '类别', '紧急程度', '疑难', '状态', '承办人', '转办部门', '受理期限', '受理时间',
  '反馈期限', '反馈时间', '办结期限', '办结时间', '确认时间', '满意度', '问题描述'];

// The operator's dashboard of the service desk. Definitions: libs/contracts problem-dashboard.ts.
@Injectable()
export class ProblemDashboardService {
  /** Whether problem.intent_id exists yet (the problem→intent bridge adds it); read once. */
  private intentLink: Promise<boolean> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async dashboard(q: ProblemDashboardQuery): Promise<ProblemDashboardDto> {
    const p = dashboardPeriod(q);
    const months = trendMonths(p.to);
    const via = (await this.hasIntentLink()) ? DASHBOARD_VIA_INTENT : '0';
    const [totals, overdue, byCategory, byAssignee, trend] = await Promise.all([
      this.db.query(dashboardTotals(via), [p.start, p.end]),
      this.db.query(DASHBOARD_OVERDUE),
      this.db.query(DASHBOARD_BY_CATEGORY, [p.start, p.end]),
      this.db.query(DASHBOARD_BY_ASSIGNEE, [p.start, p.end]),
      this.db.query(DASHBOARD_TREND, [months.first, months.last]),
    ]);
    const t = totals[0];
    return {
      period: { from: p.from, to: p.to },
      totals: {
        collected: t.collected,
        solved: t.solved,
        confirmed: t.confirmed,
        rated: t.rated,
        satisfied: t.satisfied,
        basicallySatisfied: t.basically_satisfied,
        dissatisfied: t.dissatisfied,
        closedWithoutAnswer: t.closed_without_answer,
        solveRate: rate(t.solved, t.collected),
        satisfactionRate: rate(t.satisfied + t.basically_satisfied, t.rated),
        solvedViaMarketplace: t.via_marketplace,
        marketplaceShare: rate(t.via_marketplace, t.solved),
      },
      overdueNow: overdue[0],
      byCategory,
      byAssignee: byAssignee.map((r: { user_id: string | null; name: string | null; collected: number; solved: number; open: number }) => ({
        userId: r.user_id,
        name: r.name,
        collected: r.collected,
        solved: r.solved,
        open: r.open,
      })),
      trend,
    };
  }

  async countForExport(q: ProblemDashboardQuery): Promise<{ period: DashboardPeriod; total: number }> {
    const p = dashboardPeriod(q);
    const [r]: { n: number }[] = await this.db.query(DASHBOARD_EXPORT_COUNT, [p.start, p.end]);
    return { period: p, total: r.n };
  }

  /** The period's problems as CSV, read in keyset pages and written as they come (the stream is pulled). */
  exportCsv(p: DashboardPeriod): Readable {
    const db = this.db;
    return Readable.from(
      (async function* () {
        yield Buffer.from(UTF8_BOM + csvLine(PROBLEM_EXPORT_COLUMNS), 'utf8');
        let last: ExportRow | null = null;
        for (;;) {
          const page: ExportRow[] = await db.query(DASHBOARD_EXPORT_PAGE, [p.start, p.end, last?.created_at ?? null, last?.id ?? null, EXPORT_PAGE]);
          if (!page.length) return;
          yield Buffer.from(
            page
              .map((r) =>
                csvLine([
                  r.id, r.created, r.company, r.category, URGENCY_ZH[r.urgency] ?? r.urgency, r.hard ? '是' : '否', STATUS_ZH[r.status] ?? r.status,
                  r.assignee, r.department_name, r.accept_due, r.accepted, r.progress_due, r.progressed, r.solve_due, r.solved, r.confirmed,
                  r.satisfaction ? SATISFACTION_ZH[r.satisfaction] : r.closed_without_answer ? '企业未答复（运营中心办结）' : null, r.description,
                ]),
              )
              .join(''),
            'utf8',
          );
          if (page.length < EXPORT_PAGE) return;
          last = page[page.length - 1];
        }
      })(),
      { objectMode: false },
    );
  }

  private hasIntentLink(): Promise<boolean> {
    this.intentLink ??= this.db.query(HAS_INTENT_LINK).then((r: { present: boolean }[]) => r[0].present);
    return this.intentLink;
  }
}
