import type { ListingFigures } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber, formatRating } from '../../../lib/format';

/** The figures as people read them: 1,234 次, 66.7%, 3.5 小时, 4.8 分; "—" when not yet known. */
export function useFigureText() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const none = t('workspace.figures.none');
  const percent = (value: number | null) =>
    value === null
      ? none
      : `${formatNumber(Math.round(value * 1000) / 10, language)}%`;
  return {
    views: (f: ListingFigures) => formatNumber(f.views, language),
    intents: (f: ListingFigures) => formatNumber(f.intents, language),
    acceptanceRate: (f: ListingFigures) => percent(f.acceptanceRate),
    signRate: (f: ListingFigures) => percent(f.signRate),
    response: (f: ListingFigures) =>
      f.medianFirstResponseHours === null
        ? none
        : t('workspace.figures.hours', {
            value: formatNumber(f.medianFirstResponseHours, language),
          }),
    rating: (f: ListingFigures) =>
      f.ratingAvg === null || f.ratingCount === 0
        ? none
        : t('workspace.figures.ratingValue', {
            rating: formatRating(f.ratingAvg),
            count: f.ratingCount,
          }),
  };
}
