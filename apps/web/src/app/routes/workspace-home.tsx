import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { paths } from '../../config/paths';
import { useProviderFigures } from '../../features/listings/api/get-provider-figures';
import { ListingFigures } from '../../features/listings/components/listing-figures';
import { useAppLanguage } from '../../i18n/use-app-language';
import { useMe } from '../../lib/auth';
import { formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { WorkspaceNav } from './workspace-nav';

function Summary() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const figures = useProviderFigures();
  if (figures.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (figures.isError)
    return (
      <ErrorState
        error={figures.error}
        onRetry={() => void figures.refetch()}
      />
    );
  const { listings } = figures.data;
  return (
    <>
      <Section
        title={t('workspace.home.listingsTitle')}
        extra={
          <ButtonLink type="primary" to={paths.workspace.newListing.getHref()}>
            {t('workspace.listings.new')}
          </ButtonLink>
        }
      >
        <ul className="qf-status-counts">
          {(['published', 'draft', 'unlisted'] as const).map((status) => (
            <li key={status} className="qf-status-counts__item">
              <ButtonLink
                type="text"
                to={paths.workspace.listings.getHref({ status })}
              >
                <span
                  className="qf-status-counts__value"
                  data-testid={`count-${status}`}
                >
                  {formatNumber(listings[status], language)}
                </span>
                <span className="qf-status-counts__label">
                  {t(`listingStatus.${status}`)}
                </span>
              </ButtonLink>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={t('workspace.home.figuresTitle')}
        description={t('workspace.home.figuresText')}
      >
        <div className="qf-panel">
          <ListingFigures
            figures={figures.data.figures}
            label={t('workspace.home.figuresTitle')}
          />
        </div>
      </Section>
    </>
  );
}

/** /workspace — 机构工作台: counts, the provider's figures, the ways in. */
export function WorkspaceHomeRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  useDocumentTitle(t('workspace.home.documentTitle'));
  if (!me) return null;
  const approved = me.organisation.providerStatus === 'approved';
  return (
    <>
      <PageHeader
        title={t('workspace.home.title')}
        description={t('workspace.home.text', { name: me.organisation.name })}
      />
      <WorkspaceNav />
      {approved ? (
        <Summary />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('workspace.home.notApprovedTitle')}
          description={t('workspace.home.notApprovedText')}
          action={
            <ButtonLink size="small" to={paths.account.application.getHref()}>
              {t('workspace.home.viewApplication')}
            </ButtonLink>
          }
        />
      )}
    </>
  );
}
