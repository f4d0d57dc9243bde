import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../../config/paths';
import { useCategories } from '../../features/categories/api/get-categories';
import { useListing } from '../../features/listings/api/get-listing';
import { ListingForm } from '../../features/listings/components/listing-form';
import { isNotFoundError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { ProviderListingDto } from '@qifu/contracts';

function FormPanel({ listing }: { listing?: ProviderListingDto }) {
  const navigate = useNavigate();
  const categories = useCategories();
  return (
    <div className="qf-panel qf-workspace-form">
      <ListingForm
        listing={listing}
        categories={categories.data ?? []}
        categoriesLoading={categories.isPending}
        categoriesFailed={categories.isError}
        onSaved={(saved) =>
          void navigate(paths.workspace.listing.getHref(saved.id))
        }
        onCancel={() =>
          void navigate(
            listing
              ? paths.workspace.listing.getHref(listing.id)
              : paths.workspace.listings.getHref(),
          )
        }
      />
    </div>
  );
}

/** /workspace/listings/new — a new listing starts as a draft. */
export function WorkspaceNewListingRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspace.form.newTitle'));
  return (
    <>
      <PageHeader
        title={t('workspace.form.newTitle')}
        description={t('workspace.form.newText')}
      />
      <FormPanel />
    </>
  );
}

/** /workspace/listings/:id/edit */
export function WorkspaceEditListingRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const listing = useListing(id);
  useDocumentTitle(t('workspace.form.editTitle'));
  if (listing.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (listing.isError)
    return isNotFoundError(listing.error) ? (
      <NotFoundState
        title={t('workspace.detail.notFoundTitle')}
        description={t('workspace.detail.notFoundText')}
        backHref={paths.workspace.listings.getHref()}
        backLabel={t('workspace.detail.back')}
      />
    ) : (
      <ErrorState
        error={listing.error}
        onRetry={() => void listing.refetch()}
      />
    );
  return (
    <>
      <PageHeader
        title={t('workspace.form.editTitle')}
        description={
          listing.data.status === 'published'
            ? t('workspace.form.editPublishedText')
            : t('workspace.form.editText')
        }
      />
      {/* A key: the form's initial values are read once, so a reload starts it afresh. */}
      <FormPanel key={listing.data.updatedAt} listing={listing.data} />
    </>
  );
}
