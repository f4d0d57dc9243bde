import type { ModeratedListingDto } from '@qifu/contracts';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { PagedTable } from '../../../components/ui/paged-table';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { formatDateMinute } from '../../../lib/format';
import {
  MODERATED_PAGE_SIZE,
  useModeratedListings,
  type ModeratedListingsParams,
} from '../api/get-moderated-listings';
import { useRestoreListing } from '../api/moderate-listing';

function RestoreButton({ listing }: { listing: ModeratedListingDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const restore = useRestoreListing();
  return (
    <Popconfirm
      title={t('moderation.moderated.restoreConfirm', { title: listing.title })}
      description={t('moderation.restoreText')}
      okText={t('moderation.moderated.restoreOk')}
      cancelText={t('moderation.cancel')}
      onConfirm={() =>
        restore.mutateAsync(listing.id).then(
          () =>
            void message.success(
              t('moderation.restoredItem', { title: listing.title }),
            ),
          (error: unknown) =>
            void message.error(
              t('moderation.failed', { message: errorMessage(error) }),
            ),
        )
      }
    >
      <Button
        size="small"
        loading={restore.isPending}
        aria-label={`${t('moderation.restore')} ${listing.title}`}
      >
        {t('moderation.restore')}
      </Button>
    </Popconfirm>
  );
}

export interface ModeratedListingTableProps {
  params: ModeratedListingsParams;
  onPageChange: (page: number) => void;
}

/** The listings the operator unlisted, each with its reason and the way back. */
export function ModeratedListingTable({
  params,
  onPageChange,
}: ModeratedListingTableProps) {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const query = useModeratedListings(params);

  return (
    <PagedTable<ModeratedListingDto>
      query={query}
      label={t('moderation.moderated.listLabel')}
      totalText={(total) => t('moderation.moderated.total', { total })}
      empty={
        <EmptyState
          title={
            params.q
              ? t('moderation.moderated.emptyFiltered')
              : t('moderation.moderated.empty')
          }
        />
      }
      size="small"
      page={params.page}
      pageSize={MODERATED_PAGE_SIZE}
      onPageChange={onPageChange}
      columns={[
        {
          key: 'title',
          title: t('moderation.moderated.service'),
          render: (_, listing) => <strong>{listing.title}</strong>,
        },
        {
          key: 'provider',
          title: t('moderation.moderated.provider'),
          render: (_, listing) => listing.provider.name,
        },
        {
          key: 'category',
          title: t('moderation.moderated.category'),
          render: (_, listing) => localizedName(listing.category),
        },
        {
          key: 'reason',
          title: t('moderation.moderated.reason'),
          render: (_, listing) => (
            <span className="qf-prose">{listing.moderationReason}</span>
          ),
        },
        {
          key: 'moderatedAt',
          title: t('moderation.moderated.moderatedAt'),
          render: (_, listing) => (
            <time dateTime={listing.moderatedAt} className="qf-nowrap">
              {formatDateMinute(listing.moderatedAt)}
            </time>
          ),
        },
        {
          key: 'moderatedBy',
          title: t('moderation.moderated.moderatedBy'),
          render: (_, listing) =>
            listing.moderatedBy ?? t('moderation.moderated.unknownOperator'),
        },
        {
          key: 'actions',
          title: t('moderation.moderated.actions'),
          render: (_, listing) => <RestoreButton listing={listing} />,
        },
      ]}
    />
  );
}
