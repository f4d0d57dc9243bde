import type { StatsOverviewDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../i18n/use-app-language';
import {
  formatAmount,
  formatHours,
  formatNumber,
  formatPercent,
  formatRating,
} from '../../../lib/format';

interface Kpi {
  key: string;
  label: string;
  value: string;
  hint?: string;
  tone?: 'warning';
}

/** The period's headline figures; "now" figures say so, since they do not follow the period. */
export function StatsKpis({ overview }: { overview: StatsOverviewDto }) {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const none = t('stats.kpi.none');
  const count = (n: number) => formatNumber(n, language);
  const or = (text: string) => text || none;
  const { cohort } = overview;
  const now = t('stats.kpi.nowHint');
  const kpis: Kpi[] = [
    {
      key: 'activeProviders',
      label: t('stats.kpi.activeProviders'),
      value: count(overview.activeProviders),
      hint: now,
    },
    {
      key: 'publishedServices',
      label: t('stats.kpi.publishedServices'),
      value: count(overview.publishedServices),
      hint: now,
    },
    {
      key: 'companiesServed',
      label: t('stats.kpi.companiesServed'),
      value: count(overview.companiesServed),
    },
    {
      key: 'created',
      label: t('stats.kpi.created'),
      value: count(cohort.created),
    },
    {
      key: 'accepted',
      label: t('stats.kpi.accepted'),
      value: count(cohort.accepted),
    },
    {
      key: 'signed',
      label: t('stats.kpi.signed'),
      value: count(cohort.signed),
    },
    {
      key: 'completed',
      label: t('stats.kpi.completed'),
      value: count(cohort.completed),
    },
    {
      key: 'signRate',
      label: t('stats.kpi.signRate'),
      value: or(formatPercent(cohort.signRate, language)),
    },
    {
      key: 'medianResponse',
      label: t('stats.kpi.medianResponse'),
      value: or(formatHours(cohort.medianFirstResponseHours, language)),
    },
    {
      key: 'p90Response',
      label: t('stats.kpi.p90Response'),
      value: or(formatHours(cohort.p90FirstResponseHours, language)),
    },
    {
      key: 'overdueNow',
      label: t('stats.kpi.overdueNow'),
      value: count(overview.overdueNow),
      hint: now,
      tone: overview.overdueNow > 0 ? 'warning' : undefined,
    },
    {
      key: 'averageRating',
      label: t('stats.kpi.averageRating'),
      value: or(formatRating(cohort.averageRating)),
    },
    {
      key: 'signedAmount',
      label: t('stats.kpi.signedAmount'),
      value: formatAmount(cohort.signedAmount, language),
    },
  ];
  return (
    <dl className="qf-kpis" aria-label={t('stats.kpi.label')}>
      {kpis.map((kpi) => (
        <div
          key={kpi.key}
          className={`qf-kpi${kpi.tone ? ` qf-kpi--${kpi.tone}` : ''}`}
          data-testid={`kpi-${kpi.key}`}
        >
          <dt className="qf-kpi__label">{kpi.label}</dt>
          <dd className="qf-kpi__value">{kpi.value}</dd>
          {kpi.hint ? <dd className="qf-kpi__hint">{kpi.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
