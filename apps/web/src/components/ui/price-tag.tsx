import type { Price } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { formatPrice } from '../../lib/format';
import { useAppLanguage } from '../../i18n/use-app-language';

export interface PriceTagProps {
  price: Price;
  size?: 'default' | 'large';
}

export function usePriceText() {
  const { t, i18n } = useTranslation();
  const locale = useAppLanguage();
  return (price: Price) =>
    formatPrice(price, {
      locale,
      labels: {
        negotiable: t('price.negotiable'),
        from: (text) => t('price.from', { price: text }),
        upTo: (text) => t('price.upTo', { price: text }),
      },
      // Units are free text from the catalogue; translate the parts we know.
      translateUnit: (segment) => {
        const key = `units.${segment}`;
        return i18n.exists(key) ? String(i18n.t(key as never)) : segment;
      },
    });
}

export function PriceTag({ price, size = 'default' }: PriceTagProps) {
  const text = usePriceText()(price);
  const negotiable =
    price.model === 'negotiable' || (price.min === null && price.max === null);
  return (
    <span
      className={[
        'qf-price',
        size === 'large' ? 'qf-price--large' : '',
        negotiable ? 'qf-price--negotiable' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {text}
    </span>
  );
}
