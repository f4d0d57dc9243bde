import type { StatsBreakdownRow } from '@qifu/contracts';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../i18n/use-app-language';
import {
  formatAmount,
  formatHours,
  formatNumber,
  formatPercent,
  formatRating,
} from '../../../lib/format';

export type LabelledRow = StatsBreakdownRow & { name: string };

// Unknown figures (nothing created, nothing answered) sort last in either direction's start.
const byNullable =
  (pick: (row: LabelledRow) => number | null) =>
  (a: LabelledRow, b: LabelledRow) =>
    (pick(a) ?? -1) - (pick(b) ?? -1);

/** The cohort's figures as table columns; `sortable` adds sorters (the provider table). */
export function useCohortColumns(sortable = false): ColumnsType<LabelledRow> {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const none = t('stats.kpi.none');
  const count = (n: number) => formatNumber(n, language);
  const sorter = (pick: (row: LabelledRow) => number | null) =>
    sortable
      ? {
          sorter: byNullable(pick),
          sortDirections: ['descend', 'ascend'] as ('descend' | 'ascend')[],
        }
      : {};
  return [
    {
      key: 'name',
      title: t('stats.breakdown.name'),
      dataIndex: 'name',
      fixed: 'left',
      ...(sortable
        ? {
            sorter: (a: LabelledRow, b: LabelledRow) =>
              a.name.localeCompare(b.name, 'zh-CN'),
          }
        : {}),
    },
    {
      key: 'created',
      title: t('stats.breakdown.created'),
      align: 'right',
      render: (_, row) => count(row.created),
      ...sorter((row) => row.created),
      ...(sortable ? { defaultSortOrder: 'descend' as const } : {}),
    },
    {
      key: 'accepted',
      title: t('stats.breakdown.accepted'),
      align: 'right',
      render: (_, row) => count(row.accepted),
      ...sorter((row) => row.accepted),
    },
    {
      key: 'negotiating',
      title: t('stats.breakdown.negotiating'),
      align: 'right',
      render: (_, row) => count(row.negotiating),
      ...sorter((row) => row.negotiating),
    },
    {
      key: 'signed',
      title: t('stats.breakdown.signed'),
      align: 'right',
      render: (_, row) => count(row.signed),
      ...sorter((row) => row.signed),
    },
    {
      key: 'completed',
      title: t('stats.breakdown.completed'),
      align: 'right',
      render: (_, row) => count(row.completed),
      ...sorter((row) => row.completed),
    },
    {
      key: 'rated',
      title: t('stats.breakdown.rated'),
      align: 'right',
      render: (_, row) => count(row.rated),
      ...sorter((row) => row.rated),
    },
    {
      key: 'signRate',
      title: t('stats.breakdown.signRate'),
      align: 'right',
      render: (_, row) => formatPercent(row.signRate, language) || none,
      ...sorter((row) => row.signRate),
    },
    {
      key: 'median',
      title: t('stats.breakdown.median'),
      align: 'right',
      render: (_, row) =>
        formatHours(row.medianFirstResponseHours, language) || none,
      ...sorter((row) => row.medianFirstResponseHours),
    },
    {
      key: 'p90',
      title: t('stats.breakdown.p90'),
      align: 'right',
      render: (_, row) =>
        formatHours(row.p90FirstResponseHours, language) || none,
      ...sorter((row) => row.p90FirstResponseHours),
    },
    {
      key: 'rating',
      title: t('stats.breakdown.rating'),
      align: 'right',
      render: (_, row) => formatRating(row.averageRating) || none,
      ...sorter((row) => row.averageRating),
    },
    {
      key: 'amount',
      title: t('stats.breakdown.amount'),
      align: 'right',
      render: (_, row) => formatAmount(row.signedAmount, language),
      ...sorter((row) => row.signedAmount),
    },
  ];
}
