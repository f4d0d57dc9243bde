import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatRating } from '../../../lib/format';

/** "★ 4.5 · 3 条评价" beside a title; "暂无评价" before the first. */
export function RatingSummary({
  average,
  count,
}: {
  average: number | null;
  count: number;
}) {
  const { t } = useTranslation();
  return (
    <p className="qf-rating-summary" data-testid="rating-summary">
      {average !== null && count > 0 ? (
        <>
          <StarFilled className="qf-star" aria-hidden />{' '}
          {t('services.ratingSummary', {
            rating: formatRating(average),
            count,
          })}
        </>
      ) : (
        <span className="qf-muted">{t('services.noRating')}</span>
      )}
    </p>
  );
}
