import type { StatsOverviewDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import { StatsChart } from './stats-chart';

type FunnelStep = StatsOverviewDto['funnel'][number];

/** submitted → accepted → negotiating → signed → completed → rated, as the API counts them. */
export function StatsFunnel({ funnel }: { funnel: FunnelStep[] }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const rows = funnel.map((step) => ({
    stage: step.stage,
    name: t(`stats.funnel.${step.stage}`),
    count: step.count,
  }));
  const summary = t('stats.funnel.summary', {
    steps: rows
      .map((row) => `${row.name} ${formatNumber(row.count, language)}`)
      .join(t('stats.chart.separator')),
  });
  const top = Math.max(1, ...rows.map((row) => row.count));
  return (
    <StatsChart
      summary={summary}
      tableLabel={t('stats.funnel.tableLabel')}
      rows={rows}
      rowKey="stage"
      columns={[
        { key: 'name', dataIndex: 'name', title: t('stats.funnel.stage') },
        {
          key: 'count',
          title: t('stats.funnel.count'),
          align: 'right',
          render: (_, row) => formatNumber(row.count, language),
        },
      ]}
      option={{
        tooltip: { trigger: 'item', formatter: '{b}：{c}' },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            min: 0,
            max: top,
            minSize: '8%',
            gap: 2,
            left: '10%',
            width: '80%',
            label: { show: true, position: 'inside', formatter: '{b} {c}' },
            data: rows.map((row) => ({ name: row.name, value: row.count })),
          },
        ],
      }}
    />
  );
}
