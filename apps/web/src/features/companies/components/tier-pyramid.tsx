import { Progress, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { formatNumber } from '../../../lib/format';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { useTierPyramid } from '../api/company-roster';

// 梯度企业金字塔: companies per tier, top of the pyramid first, as bars scaled to the widest tier.
// Importable by any operator page (the problems dashboard shows it too).
export function TierPyramid() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const query = useTierPyramid();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.isError)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { tiers, none, companies } = query.data;
  const max = Math.max(1, ...tiers.map((x) => x.companies));
  return (
    <section aria-labelledby="tier-pyramid-title" className="qf-tier-pyramid">
      <h2 id="tier-pyramid-title">{t('companyRoster.pyramid.title')}</h2>
      <ol aria-label={t('companyRoster.pyramid.title')}>
        {tiers.map(({ tier, companies: n }) => (
          <li key={tier} style={{ display: 'grid', gridTemplateColumns: '10em 1fr 5em', gap: 8, alignItems: 'center' }}>
            <span>{t(`companyTier.${tier}`)}</span>
            <Progress
              percent={(n / max) * 100}
              showInfo={false}
              aria-label={t('companyRoster.pyramid.bar', { tier: t(`companyTier.${tier}`), n: formatNumber(n, language) })}
            />
            <span>{formatNumber(n, language)}</span>
          </li>
        ))}
      </ol>
      <p>{t('companyRoster.pyramid.summary', { companies: formatNumber(companies, language), none: formatNumber(none, language) })}</p>
    </section>
  );
}
