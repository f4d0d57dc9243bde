import type { ProviderListingDto, ServiceStatus } from '@qifu/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { PriceTag } from '../../../components/ui/price-tag';
import { paths } from '../../../config/paths';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDate } from '../../../lib/format';
import { LISTINGS_PAGE_SIZE, useListings } from '../api/get-listings';
import { ListingActions } from './listing-actions';
import { FIGURE_KEYS } from './listing-figures';
import { ListingStatusTag } from './listing-status-tag';
import { useFigureText } from './use-figure-text';

export interface ListingTableProps {
  status?: ServiceStatus;
  page: number;
  onPageChange: (page: number) => void;
  /** Shown when the provider has no listing at all (e.g. a link to create one). */
  emptyAction?: React.ReactNode;
}

export function ListingTable({
  status,
  page,
  onPageChange,
  emptyAction,
}: ListingTableProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const figure = useFigureText();
  const query = useListings({ status, page });

  return (
    <PagedTable<ProviderListingDto>
      query={query}
      label={t('workspace.listings.listLabel')}
      totalText={(total) => t('workspace.listings.total', { total })}
      empty={
        status ? (
          <EmptyState title={t('workspace.listings.emptyFiltered')} />
        ) : (
          <EmptyState
            title={t('workspace.listings.empty')}
            description={t('workspace.listings.emptyText')}
            action={emptyAction}
          />
        )
      }
      page={page}
      pageSize={LISTINGS_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'title',
          title: t('workspace.listings.columns.title'),
          render: (_, l) => (
            <div className="qf-listing-cell">
              <Link to={paths.workspace.listing.getHref(l.id)}>{l.title}</Link>
              <span className="qf-muted">{localizedName(l.category)}</span>
            </div>
          ),
        },
        {
          key: 'status',
          title: t('workspace.listings.columns.status'),
          render: (_, l) => (
            <div className="qf-listing-cell">
              <span>
                <ListingStatusTag
                  status={l.status}
                  moderated={l.moderationReason !== null}
                />
              </span>
              {l.moderationReason ? (
                <Typography.Text type="danger" className="qf-listing-reason">
                  {t('workspace.listings.moderatedReason', {
                    reason: l.moderationReason,
                  })}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        {
          key: 'price',
          title: t('workspace.listings.columns.price'),
          render: (_, l) => <PriceTag price={l.price} />,
        },
        ...FIGURE_KEYS.map((key) => ({
          key,
          // The table's narrow header says 首次响应; the figures card spells out the median.
          title:
            key === 'response'
              ? t('workspace.listings.columns.response')
              : t(`workspace.figures.${key}`),
          align: 'right' as const,
          render: (_: unknown, l: ProviderListingDto) => figure[key](l.figures),
        })),
        {
          key: 'updatedAt',
          title: t('workspace.listings.columns.updatedAt'),
          render: (_, l) => (
            <span className="qf-nowrap">{formatDate(l.updatedAt)}</span>
          ),
        },
        {
          key: 'actions',
          title: t('workspace.listings.columns.actions'),
          render: (_, l) => <ListingActions listing={l} compact />,
        },
      ]}
    />
  );
}
