import type { ProviderListingDto } from '@qifu/contracts';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button-link';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { paths } from '../../../config/paths';
import {
  useDeleteListing,
  usePublishListing,
  useUnlistListing,
} from '../api/change-listing-status';

export interface ListingActionsProps {
  listing: ProviderListingDto;
  /** In the table: small buttons, with links to preview and edit. */
  compact?: boolean;
  onDeleted?: () => void;
}

/** A draft was never public, so only it can be deleted; anything published keeps its history. */
export function canDeleteListing(listing: ProviderListingDto): boolean {
  return listing.status === 'draft' && listing.publishedAt === null;
}

export function ListingActions({
  listing,
  compact = false,
  onDeleted,
}: ListingActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const publish = usePublishListing();
  const unlist = useUnlistListing();
  const remove = useDeleteListing();
  const size = compact ? 'small' : 'middle';
  const title = listing.title;
  const failed = (error: unknown) => void message.error(errorMessage(error));

  const publishButton = (
    <Button
      size={size}
      type={compact ? 'default' : 'primary'}
      loading={publish.isPending}
      disabled={listing.moderationReason !== null}
      onClick={() =>
        publish.mutate(listing.id, {
          onSuccess: () =>
            void message.success(
              t('workspace.listings.publishedMessage', { title }),
            ),
          onError: failed,
        })
      }
    >
      {t('workspace.listings.publish')}
    </Button>
  );

  return (
    <Space size={compact ? 4 : 8} wrap>
      {compact ? (
        <>
          <ButtonLink
            size={size}
            type="link"
            to={paths.workspace.listing.getHref(listing.id)}
          >
            {t('workspace.listings.preview')}
          </ButtonLink>
          <ButtonLink
            size={size}
            type="link"
            to={paths.workspace.editListing.getHref(listing.id)}
          >
            {t('workspace.listings.edit')}
          </ButtonLink>
        </>
      ) : null}
      {listing.status === 'published' ? (
        <Popconfirm
          title={t('workspace.listings.unlistConfirm', { title })}
          description={t('workspace.listings.unlistConfirmText')}
          okText={t('workspace.listings.unlist')}
          cancelText={t('form.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            unlist
              .mutateAsync(listing.id)
              .then(
                () =>
                  void message.success(
                    t('workspace.listings.unlistedMessage', { title }),
                  ),
                failed,
              )
          }
        >
          <Button size={size} loading={unlist.isPending}>
            {t('workspace.listings.unlist')}
          </Button>
        </Popconfirm>
      ) : listing.moderationReason !== null ? (
        <Tooltip title={t('workspace.listings.moderatedHint')}>
          {publishButton}
        </Tooltip>
      ) : (
        publishButton
      )}
      {canDeleteListing(listing) ? (
        <Popconfirm
          title={t('workspace.listings.deleteConfirm', { title })}
          description={t('workspace.listings.deleteConfirmText')}
          okText={t('workspace.listings.delete')}
          cancelText={t('form.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            remove.mutateAsync(listing.id).then(() => {
              void message.success(
                t('workspace.listings.deletedMessage', { title }),
              );
              onDeleted?.();
            }, failed)
          }
        >
          <Button size={size} danger loading={remove.isPending}>
            {t('workspace.listings.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
