import type {
  SearchMatch,
  SearchMatchField,
  ServiceSummaryDto,
} from '@qifu/contracts';
import { ClockCircleOutlined, StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PriceTag } from '../../../components/ui/price-tag';
import { StageTags } from '../../../components/ui/stage-tags';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatRating } from '../../../lib/format';
import { MarkedText } from './marked-text';

export interface ServiceCardProps {
  service: ServiceSummaryDto;
  headingLevel?: 2 | 3;
}

export function ServiceCard({ service, headingLevel = 3 }: ServiceCardProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rated = service.ratingAvg !== null && service.ratingCount > 0;
  const matches = service.matches ?? [];
  const ranges = (field: SearchMatchField) =>
    matches.filter((m) => m.field === field).flatMap((m) => m.ranges);
  const categoryMatched = matches.some((m) => m.field === 'category');
  const reasons = matchReasons(matches);

  return (
    <article className="qf-card qf-card--service">
      <span className="qf-tag qf-tag--category">
        {categoryMatched ? (
          <mark className="qf-mark">{localizedName(service.category)}</mark>
        ) : (
          localizedName(service.category)
        )}
      </span>
      <Heading className="qf-card__title">
        <Link to={paths.services.detail.getHref(service.id)}>
          <MarkedText text={service.title} ranges={ranges('title')} />
        </Link>
      </Heading>
      {reasons.length > 0 ? (
        <p className="qf-card__match">
          {reasons
            .map((m) =>
              t(
                m.via === 'pinyin'
                  ? 'services.matchPinyin'
                  : 'services.matchSynonym',
                {
                  found: m.found,
                  term: m.term,
                },
              ),
            )
            .join(t('services.matchSeparator'))}
        </p>
      ) : null}
      <p className="qf-card__summary">
        <MarkedText text={service.summary} ranges={ranges('summary')} />
      </p>
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
            <MarkedText
              text={service.provider.name}
              ranges={ranges('provider')}
            />
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

/** The hits by another word than the one typed (a synonym, the pinyin), once per word found. */
function matchReasons(matches: SearchMatch[]): SearchMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    const key = `${m.via}:${m.term}:${m.found}`;
    if (m.via === 'literal' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
