import { Alert, App, Breadcrumb, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useListing } from '../../features/listings/api/get-listing';
import { ListingActions } from '../../features/listings/components/listing-actions';
import { ListingFigures } from '../../features/listings/components/listing-figures';
import { ListingPreview } from '../../features/listings/components/listing-preview';
import { ListingStatusTag } from '../../features/listings/components/listing-status-tag';
import { isNotFoundError } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';

/** /workspace/listings/:id — the listing as companies will see it, its figures and its actions. */
export function WorkspaceListingRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useListing(id);
  useDocumentTitle(query.data?.title ?? t('workspace.detail.documentTitle'));

  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.isError)
    return isNotFoundError(query.error) ? (
      <NotFoundState
        title={t('workspace.detail.notFoundTitle')}
        description={t('workspace.detail.notFoundText')}
        backHref={paths.workspace.listings.getHref()}
        backLabel={t('workspace.detail.back')}
      />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );

  const listing = query.data;
  const moderated = listing.moderationReason !== null;
  return (
    <App component={false}>
      <Breadcrumb
        className="qf-breadcrumb"
        items={[
          {
            key: 'home',
            title: (
              <Link to={paths.workspace.home.getHref()}>
                {t('workspace.nav.home')}
              </Link>
            ),
          },
          {
            key: 'listings',
            title: (
              <Link to={paths.workspace.listings.getHref()}>
                {t('workspace.nav.listings')}
              </Link>
            ),
          },
          { key: 'current', title: listing.title },
        ]}
      />
      <PageHeader
        title={
          <>
            {listing.title}{' '}
            <ListingStatusTag status={listing.status} moderated={moderated} />
          </>
        }
        description={t('workspace.detail.updatedAt', {
          date: formatDate(listing.updatedAt),
        })}
        extra={
          <>
            <ButtonLink to={paths.workspace.editListing.getHref(listing.id)}>
              {t('workspace.listings.edit')}
            </ButtonLink>
            <ListingActions
              listing={listing}
              onDeleted={() =>
                void navigate(paths.workspace.listings.getHref())
              }
            />
          </>
        }
      />
      {moderated ? (
        <Alert
          className="qf-form-alert"
          type="error"
          showIcon
          title={t('workspace.detail.moderatedTitle')}
          description={t('workspace.detail.moderatedText', {
            reason: listing.moderationReason,
          })}
        />
      ) : listing.status === 'published' ? (
        <Alert
          className="qf-form-alert"
          type="success"
          showIcon
          title={t('workspace.detail.publishedNote')}
          action={
            <ButtonLink
              size="small"
              to={paths.services.detail.getHref(listing.id)}
            >
              {t('workspace.listings.viewInCatalogue')}
            </ButtonLink>
          }
        />
      ) : (
        <Alert
          className="qf-form-alert"
          type="info"
          showIcon
          title={
            listing.status === 'draft'
              ? t('workspace.detail.draftNote')
              : t('workspace.detail.unlistedNote')
          }
        />
      )}
      <Section title={t('workspace.detail.figuresTitle')}>
        <div className="qf-panel">
          <ListingFigures
            figures={listing.figures}
            label={t('workspace.detail.figuresTitle')}
          />
        </div>
      </Section>
      <Section
        title={t('workspace.detail.previewTitle')}
        description={t('workspace.detail.previewText')}
      >
        <div className="qf-panel">
          <ListingPreview listing={listing} />
        </div>
      </Section>
    </App>
  );
}
