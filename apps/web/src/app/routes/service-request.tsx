import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { NotFoundState } from '../../components/ui/not-found-state';
import { PageHeader } from '../../components/ui/page-header';
import { PriceTag } from '../../components/ui/price-tag';
import { paths } from '../../config/paths';
import { IntentRequestForm } from '../../features/intents/components/intent-request-form';
import { useOpenCreatedIntent } from '../../features/intents/use-open-created-intent';
import { useService } from '../../features/services/api/get-service';
import { isNotFoundError } from '../../lib/api-client';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DetailSkeleton } from './detail-skeleton';

/** /services/:id/request — a company asks for one listed service. */
export function ServiceRequestRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data;
  const query = useService(id);
  const openCreated = useOpenCreatedIntent();
  useDocumentTitle(t('intents.request.documentTitle'));

  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    return isNotFoundError(query.error) ? (
      <NotFoundState
        title={t('services.detail.notFoundTitle')}
        description={t('services.detail.notFoundText')}
        backHref={paths.services.list.getHref()}
        backLabel={t('services.detail.backToList')}
      />
    ) : (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    );
  }

  const service = query.data;
  return (
    <div className="qf-narrow">
      <Breadcrumb
        className="qf-breadcrumb"
        aria-label={t('services.detail.breadcrumbLabel')}
        items={[
          {
            key: 'services',
            title: (
              <Link to={paths.services.list.getHref()}>
                {t('nav.services')}
              </Link>
            ),
          },
          {
            key: 'service',
            title: (
              <Link to={paths.services.detail.getHref(service.id)}>
                {service.title}
              </Link>
            ),
          },
          { key: 'current', title: t('intents.request.title') },
        ]}
      />
      <PageHeader
        title={t('intents.request.title')}
        description={t('intents.request.text')}
      />
      <div className="qf-panel">
        <dl className="qf-request-target">
          <div>
            <dt>{t('intents.request.forService')}</dt>
            <dd>
              <strong>{service.title}</strong>
              <span className="qf-muted">{service.provider.name}</span>
            </dd>
          </div>
          <div>
            <dt>{t('services.detail.price')}</dt>
            <dd>
              <PriceTag price={service.price} />
            </dd>
          </div>
        </dl>
        <IntentRequestForm
          target={{ kind: 'service', serviceId: service.id }}
          initialValues={{ contactName: me?.user.displayName }}
          onCreated={openCreated}
        />
      </div>
    </div>
  );
}
