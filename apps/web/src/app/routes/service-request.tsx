import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PriceTag } from '../../components/ui/price-tag';
import { paths } from '../../config/paths';
import { IntentRequestForm } from '../../features/intents/components/intent-request-form';
import { useOpenCreatedIntent } from '../../features/intents/use-open-created-intent';
import { useService } from '../../features/services/api/get-service';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RequestPage } from './request-page';

/** /services/:id/request — a company asks for one listed service. */
export function ServiceRequestRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe().data;
  const query = useService(id);
  const openCreated = useOpenCreatedIntent();
  useDocumentTitle(t('intents.request.documentTitle'));

  return (
    <RequestPage
      query={query}
      notFound={{
        title: t('services.detail.notFoundTitle'),
        description: t('services.detail.notFoundText'),
        backHref: paths.services.list.getHref(),
        backLabel: t('services.detail.backToList'),
      }}
      crumbs={(service) => [
        { href: paths.services.list.getHref(), label: t('nav.services') },
        {
          href: paths.services.detail.getHref(service.id),
          label: service.title,
        },
      ]}
      current={t('intents.request.title')}
      title={() => t('intents.request.title')}
      description={t('intents.request.text')}
    >
      {(service) => (
        <>
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
        </>
      )}
    </RequestPage>
  );
}
