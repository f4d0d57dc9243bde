import type { StatsGranularity } from '@qifu/contracts';
import { Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { useStatsOverview } from '../../features/stats/api/get-stats-overview';
import {
  StatsBreakdownChart,
  StatsProviderTable,
} from '../../features/stats/components/stats-breakdown';
import { ExportJobTable } from '../../features/stats/components/export-job-table';
import { StatsExport } from '../../features/stats/components/stats-export';
import { StatsFunnel } from '../../features/stats/components/stats-funnel';
import { StatsKpis } from '../../features/stats/components/stats-kpis';
import { StatsPeriodPicker } from '../../features/stats/components/stats-period-picker';
import { StatsTrend } from '../../features/stats/components/stats-trend';
import {
  parseStatsPeriod,
  statsPeriodSearch,
  type StatsPeriod,
} from '../../features/stats/stats-period';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /operator/stats — 匹配统计 for a period kept in the address. */
export function OperatorStatsRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const period = parseStatsPeriod(searchParams);
  // One object per period, so the queries' keys and the export hook stay stable between renders.
  const range = useMemo(
    () => ({ from: period.from, to: period.to }),
    [period.from, period.to],
  );
  const overview = useStatsOverview(range);
  // The export jobs' page is the panel's own, not the address's (which holds the period).
  const [exportJobsPage, setExportJobsPage] = useState(1);
  useDocumentTitle(t('stats.documentTitle'));

  const go = (next: Partial<StatsPeriod>) =>
    setSearchParams(statsPeriodSearch({ ...period, ...next }));

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        description={t('stats.text')}
        extra={
          <StatsPeriodPicker
            from={period.from}
            to={period.to}
            onChange={(next) => go(next)}
          />
        }
      />
      <p className="qf-stats-period__showing" aria-live="polite">
        {t('stats.period.showing', { ...range })}
      </p>
      <div
        className="qf-stats"
        aria-busy={overview.isPending || overview.isPlaceholderData}
      >
        {overview.isError ? (
          <ErrorState
            error={overview.error}
            onRetry={() => void overview.refetch()}
          />
        ) : overview.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <>
            <StatsKpis overview={overview.data} />
            <div className="qf-stats__row">
              <div className="qf-panel">
                <Section title={t('stats.funnel.title')}>
                  <StatsFunnel funnel={overview.data.funnel} />
                </Section>
              </div>
              <div className="qf-panel">
                <Section title={t('stats.trend.title')}>
                  <StatsTrend
                    range={range}
                    granularity={period.granularity}
                    onGranularityChange={(granularity: StatsGranularity) =>
                      go({ granularity })
                    }
                  />
                </Section>
              </div>
            </div>
          </>
        )}
        <div className="qf-panel">
          <Section title={t('stats.export.title')}>
            <StatsExport range={range} onJob={() => setExportJobsPage(1)} />
          </Section>
        </div>
        <div className="qf-panel qf-panel--table">
          <Section title={t('stats.exportJobs.title')}>
            <ExportJobTable
              page={exportJobsPage}
              onPageChange={setExportJobsPage}
            />
          </Section>
        </div>
        <div className="qf-panel qf-panel--table">
          <Section title={t('stats.breakdown.provider')}>
            <StatsProviderTable range={range} />
          </Section>
        </div>
        <div className="qf-stats__row">
          <div className="qf-panel">
            <Section title={t('stats.breakdown.category')}>
              <StatsBreakdownChart dimension="category" range={range} />
            </Section>
          </div>
          <div className="qf-panel">
            <Section title={t('stats.breakdown.tier')}>
              <StatsBreakdownChart dimension="tier" range={range} />
            </Section>
          </div>
        </div>
        <div className="qf-panel">
          <Section title={t('stats.breakdown.stage')}>
            <StatsBreakdownChart dimension="stage" range={range} />
          </Section>
        </div>
      </div>
    </>
  );
}
