import type { ProviderListingDto } from '@qifu/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Checklist } from '../../../components/ui/checklist';
import { LazyMarkdown } from '../../../components/ui/lazy-markdown';
import { PriceTag } from '../../../components/ui/price-tag';
import { StageTags } from '../../../components/ui/stage-tags';
import { useLocalizedName } from '../../../i18n/use-app-language';

/** The listing as a company will read it on the storefront's service page. */
export function ListingPreview({ listing }: { listing: ProviderListingDto }) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  return (
    <article
      className="qf-listing-preview"
      aria-label={t('workspace.detail.previewTitle')}
    >
      <span className="qf-tag qf-tag--category">
        {localizedName(listing.category)}
      </span>
      <h2 className="qf-listing-preview__title">{listing.title}</h2>
      <p className="qf-detail__summary">{listing.summary}</p>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        items={[
          {
            key: 'price',
            label: t('services.detail.price'),
            children: <PriceTag price={listing.price} />,
          },
          {
            key: 'stages',
            label: t('services.detail.stages'),
            children: <StageTags stages={listing.stages} />,
          },
          {
            key: 'duration',
            label: t('services.detail.duration'),
            children: listing.duration || '—',
          },
        ]}
      />
      <h3 className="qf-listing-preview__heading">
        {t('services.detail.description')}
      </h3>
      {listing.description.trim() ? (
        <LazyMarkdown>{listing.description}</LazyMarkdown>
      ) : (
        <p className="qf-muted">{t('workspace.form.previewEmpty')}</p>
      )}
      <h3 className="qf-listing-preview__heading">
        {t('services.detail.deliverables')}
      </h3>
      <Checklist
        items={listing.deliverables}
        empty={t('services.detail.noDeliverables')}
      />
    </article>
  );
}
