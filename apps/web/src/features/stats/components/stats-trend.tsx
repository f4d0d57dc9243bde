import { STATS_GRANULARITIES, type StatsGranularity } from '@qifu/contracts';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import type { StatsRange } from '../api/get-stats-overview';
import { useStatsTrend } from '../api/get-stats-trend';
import { StatsChart } from './stats-chart';

export interface StatsTrendProps {
  range: StatsRange;
  granularity: StatsGranularity;
  onGranularityChange: (granularity: StatsGranularity) => void;
}

/** Intents created and signed per day, week (from Monday) or month. */
export function StatsTrend({
  range,
  granularity,
  onGranularityChange,
}: StatsTrendProps) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useStatsTrend({ ...range, granularity });

  const bucketLabel = (bucket: string) =>
    granularity === 'month'
      ? bucket.slice(0, 7)
      : granularity === 'week'
        ? t('stats.trend.weekOf', { date: bucket })
        : bucket;

  const picker = (
    <Segmented<StatsGranularity>
      aria-label={t('stats.trend.granularity')}
      size="small"
      value={granularity}
      onChange={onGranularityChange}
      options={STATS_GRANULARITIES.map((value) => ({
        value,
        label: t(`stats.trend.${value}`),
      }))}
    />
  );

  if (query.isError)
    return (
      <>
        {picker}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );

  const points = query.data?.points ?? [];
  const rows = points.map((point) => ({
    ...point,
    label: bucketLabel(point.bucket),
  }));
  const created = points.reduce((n, p) => n + p.created, 0);
  const signed = points.reduce((n, p) => n + p.signed, 0);
  const peak = rows.reduce<(typeof rows)[number] | null>(
    (best, row) => (!best || row.created > best.created ? row : best),
    null,
  );
  const summary =
    created === 0 || !peak
      ? t('stats.trend.summaryEmpty', { ...range })
      : t('stats.trend.summary', {
          ...range,
          granularity: t(`stats.trend.${granularity}`),
          created: formatNumber(created, language),
          signed: formatNumber(signed, language),
          peak: peak.label,
          peakCount: formatNumber(peak.created, language),
        });

  return (
    <div aria-busy={query.isPending || query.isPlaceholderData}>
      <StatsChart
        extra={picker}
        summary={summary}
        tableLabel={t('stats.trend.tableLabel')}
        rows={rows}
        rowKey="bucket"
        columns={[
          { key: 'label', dataIndex: 'label', title: t('stats.trend.bucket') },
          {
            key: 'created',
            title: t('stats.trend.created'),
            align: 'right',
            render: (_, row) => formatNumber(row.created, language),
          },
          {
            key: 'signed',
            title: t('stats.trend.signed'),
            align: 'right',
            render: (_, row) => formatNumber(row.signed, language),
          },
        ]}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 16, top: 36, bottom: 28 },
          xAxis: { type: 'category', data: rows.map((row) => row.label) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            {
              name: t('stats.trend.created'),
              type: 'bar',
              data: points.map((p) => p.created),
            },
            {
              name: t('stats.trend.signed'),
              type: 'line',
              smooth: true,
              data: points.map((p) => p.signed),
            },
          ],
        }}
      />
    </div>
  );
}
