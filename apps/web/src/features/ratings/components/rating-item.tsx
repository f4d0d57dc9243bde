import type { RatingDto } from '@qifu/contracts';
import { Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRating } from '../../../lib/format';

const DIMENSIONS = [
  'professional',
  'responsiveness',
  'attitude',
  'value',
] as const;

/** One rating: its four scores, the comment, who wrote it, and the provider's reply. */
export function RatingItem({ rating }: { rating: RatingDto }) {
  const { t } = useTranslation();
  return (
    <article className="qf-rating">
      <header className="qf-rating__head">
        <span className="qf-rating__average">
          <Rate
            disabled
            allowHalf
            value={Math.round(rating.average * 2) / 2}
            className="qf-rating__stars"
          />
          <strong>
            {t('ratings.score', { rating: formatRating(rating.average) })}
          </strong>
        </span>
        <span className="qf-muted">
          {rating.companyName} · {formatDate(rating.createdAt)}
        </span>
      </header>
      <dl className="qf-rating__scores">
        {DIMENSIONS.map((dimension) => (
          <div key={dimension}>
            <dt>{t(`ratings.dimension.${dimension}`)}</dt>
            <dd>{rating[dimension]}</dd>
          </div>
        ))}
      </dl>
      {rating.comment ? (
        <p className="qf-rating__comment qf-prose">{rating.comment}</p>
      ) : null}
      {rating.reply ? (
        <div className="qf-rating__reply">
          <span className="qf-rating__reply-label">{t('ratings.reply')}</span>
          <p className="qf-prose">{rating.reply}</p>
        </div>
      ) : null}
    </article>
  );
}
