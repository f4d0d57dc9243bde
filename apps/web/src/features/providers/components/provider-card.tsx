import type { ProviderSummaryDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';

const VISIBLE_CATEGORIES = 3;

export interface ProviderCardProps {
  provider: ProviderSummaryDto;
  headingLevel?: 2 | 3;
}

export function ProviderCard({
  provider,
  headingLevel = 3,
}: ProviderCardProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shown = provider.categories.slice(0, VISIBLE_CATEGORIES);
  const hidden = provider.categories.length - shown.length;

  return (
    <article className="qf-card qf-card--provider">
      <span className="qf-tag qf-tag--kind">
        {t(`providerKind.${provider.kind}`)}
      </span>
      <Heading className="qf-card__title">
        <Link to={paths.providers.detail.getHref(provider.id)}>
          {provider.name}
        </Link>
      </Heading>
      <p className="qf-card__summary">{provider.summary}</p>
      <span className="qf-tags">
        {shown.map((category) => (
          <span key={category.code} className="qf-tag">
            {localizedName(category)}
          </span>
        ))}
        {hidden > 0 ? <span className="qf-tag">+{hidden}</span> : null}
      </span>
      <div className="qf-card__meta qf-card__footer">
        <span className="qf-muted">
          {t('providers.serviceCount', { count: provider.serviceCount })}
        </span>
      </div>
    </article>
  );
}
