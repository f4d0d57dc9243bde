import type { ServiceSummaryDto } from '@qifu/contracts';
import { ClockCircleOutlined, StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PriceTag } from '../../../components/ui/price-tag';
import { StageTags } from '../../../components/ui/stage-tags';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatRating } from '../../../lib/format';

export interface ServiceCardProps {
  service: ServiceSummaryDto;
  headingLevel?: 2 | 3;
}

export function ServiceCard({ service, headingLevel = 3 }: ServiceCardProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rated = service.ratingAvg !== null && service.ratingCount > 0;

  return (
    <article className="qf-card qf-card--service">
      <span className="qf-tag qf-tag--category">
        {localizedName(service.category)}
      </span>
      <Heading className="qf-card__title">
        <Link to={paths.services.detail.getHref(service.id)}>
          {service.title}
        </Link>
      </Heading>
      <p className="qf-card__summary">{service.summary}</p>
      <StageTags stages={service.stages} />
      <div className="qf-card__footer">
        <PriceTag price={service.price} />
        <span className="qf-card__rating">
          {rated ? (
            <>
              <StarFilled className="qf-star" aria-hidden />
              {t('services.ratingSummary', {
                rating: formatRating(service.ratingAvg),
                count: service.ratingCount,
              })}
            </>
          ) : (
            <span className="qf-muted">{t('services.noRating')}</span>
          )}
        </span>
      </div>
      <div className="qf-card__meta">
        <span>
          <span className="qf-visually-hidden">{t('services.provider')} </span>
          <Link
            to={paths.providers.detail.getHref(service.provider.id)}
            className="qf-card__provider"
          >
            {service.provider.name}
          </Link>
        </span>
        {service.duration ? (
          <span className="qf-muted">
            <ClockCircleOutlined aria-hidden />{' '}
            {t('services.durationValue', { duration: service.duration })}
          </span>
        ) : null}
      </div>
    </article>
  );
}
