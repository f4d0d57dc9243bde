import type { StatsBreakdownRow, StatsDimension } from '@qifu/contracts';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import { useStatsBreakdown } from '../api/get-stats-breakdown';
import type { StatsRange } from '../api/get-stats-overview';
import { useCohortColumns, type LabelledRow } from './cohort-columns';
import { StatsChart } from './stats-chart';

const PROVIDER_PAGE_SIZE = 10;

/** Tier and stage rows carry their key as label; categories and providers carry a name. */
function useRowName(dimension: StatsDimension) {
  const { t } = useTranslation();
  return (row: StatsBreakdownRow): string => {
    if (dimension === 'stage')
      return t(`stage.${row.key}` as 'stage.startup', row.key);
    if (dimension === 'tier')
      return row.key === 'none'
        ? t('stats.breakdown.noTier')
        : t(`companyTier.${row.key}` as 'companyTier.listed', row.key);
    return row.label;
  };
}

function useBreakdownRows(dimension: StatsDimension, range: StatsRange) {
  const query = useStatsBreakdown(dimension, range);
  const name = useRowName(dimension);
  const rows: LabelledRow[] = (query.data?.rows ?? []).map((row) => ({
    ...row,
    name: name(row),
  }));
  return { query, rows };
}

/** Category, tier or stage: bars of intents created and signed, with the full figures as a table. */
export function StatsBreakdownChart({
  dimension,
  range,
}: {
  dimension: Exclude<StatsDimension, 'provider'>;
  range: StatsRange;
}) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const columns = useCohortColumns();
  const { query, rows } = useBreakdownRows(dimension, range);
  const title = t(`stats.breakdown.${dimension}`);

  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  // Categories nobody asked for in the period only add noise to the bars.
  const shown =
    dimension === 'category' ? rows.filter((row) => row.created > 0) : rows;
  if (!shown.some((row) => row.created > 0))
    return <EmptyState title={t('stats.breakdown.nothing')} />;

  const summary = t('stats.breakdown.chartSummary', {
    title,
    items: shown
      .map((row) =>
        t('stats.breakdown.chartItem', {
          name: row.name,
          created: formatNumber(row.created, language),
          signed: formatNumber(row.signed, language),
        }),
      )
      .join(t('stats.chart.groupSeparator')),
  });
  // Horizontal bars: long Chinese names read better down the side than under the axis.
  const ordered = [...shown].reverse();
  return (
    <StatsChart
      summary={summary}
      tableLabel={t('stats.breakdown.tableLabel', { title })}
      rows={shown}
      rowKey="key"
      columns={columns}
      height={Math.max(200, shown.length * 32 + 60)}
      option={{
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: ordered.map((row) => row.name) },
        series: [
          {
            name: t('stats.breakdown.created'),
            type: 'bar',
            data: ordered.map((row) => row.created),
          },
          {
            name: t('stats.breakdown.signed'),
            type: 'bar',
            data: ordered.map((row) => row.signed),
          },
        ],
      }}
    />
  );
}

/** Every approved provider with its cohort figures: sortable by any column, paginated. */
export function StatsProviderTable({ range }: { range: StatsRange }) {
  const { t } = useTranslation();
  const columns = useCohortColumns(true);
  const { query, rows } = useBreakdownRows('provider', range);

  // One answer holds every provider: the table pages through it without the URL.
  return (
    <PagedTable<LabelledRow>
      query={{
        ...query,
        data: query.data ? { items: rows, total: rows.length } : undefined,
      }}
      label={t('stats.breakdown.providerTableLabel')}
      totalText={(total) => t('stats.breakdown.providerTotal', { total })}
      empty={<EmptyState title={t('stats.breakdown.nothing')} />}
      rowKey="key"
      size="small"
      pageSize={PROVIDER_PAGE_SIZE}
      columns={columns}
    />
  );
}
