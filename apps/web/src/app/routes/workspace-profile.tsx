import { App, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { paths } from '../../config/paths';
import { useCategories } from '../../features/categories/api/get-categories';
import { useProfile } from '../../features/provider-profile/api/get-profile';
import { ProfileForm } from '../../features/provider-profile/components/profile-form';
import { canAccess, useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WorkspaceNav } from './workspace-nav';

/** /workspace/profile — 机构资料: what companies read about the institution. */
export function WorkspaceProfileRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  const profile = useProfile();
  const categories = useCategories();
  useDocumentTitle(t('workspace.profile.documentTitle'));
  if (!me) return null;

  return (
    <App component={false}>
      <PageHeader
        title={t('workspace.profile.title')}
        description={t('workspace.profile.text')}
        extra={
          me.organisation.providerStatus === 'approved' ? (
            <ButtonLink to={paths.providers.detail.getHref(me.organisation.id)}>
              {t('workspace.profile.viewPublic')}
            </ButtonLink>
          ) : undefined
        }
      />
      <WorkspaceNav />
      <div className="qf-panel qf-workspace-form">
        {profile.isPending ? (
          <Skeleton active paragraph={{ rows: 10 }} />
        ) : profile.isError ? (
          <ErrorState
            error={profile.error}
            onRetry={() => void profile.refetch()}
          />
        ) : (
          <ProfileForm
            key={profile.dataUpdatedAt}
            profile={profile.data}
            categories={categories.data ?? []}
            categoriesLoading={categories.isPending}
            canEdit={canAccess(me, { admin: true })}
          />
        )}
      </div>
    </App>
  );
}
