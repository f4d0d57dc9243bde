import type { CompanyDto } from '@qifu/contracts';
import { useQuery } from '@tanstack/react-query';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import type { SearchSelectOption } from '../../components/ui/search-select';
import { CompanySelect } from '../../features/companies/components/company-select';
import { IntentRequestForm } from '../../features/intents/components/intent-request-form';
import { useOpenCreatedIntent } from '../../features/intents/use-open-created-intent';
import { getServiceQueryOptions } from '../../features/services/api/get-service';
import { ServiceSelect } from '../../features/services/components/service-select';
import { useFormRules } from '../../lib/form-rules';
import { useDocumentTitle } from '../../lib/use-document-title';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The company and service pickers; picking a company fills in its contact. */
function OnBehalfFields({
  serviceOption,
}: {
  serviceOption: SearchSelectOption | null;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rules = useFormRules();
  const label = {
    company: t('intents.request.company'),
    service: t('intents.request.service'),
  };
  const fillContact = (company: CompanyDto | undefined) => {
    if (!company) return;
    form.setFieldsValue({
      contactName: company.contactName,
      contactPhone: company.contactPhone,
    });
  };

  return (
    <fieldset className="qf-form-section">
      <Form.Item
        name="companyId"
        label={label.company}
        rules={[rules.select(label.company)]}
      >
        <CompanySelect
          placeholder={t('intents.request.companyPlaceholder')}
          onPick={fillContact}
        />
      </Form.Item>
      <Form.Item
        name="serviceId"
        label={label.service}
        rules={[rules.select(label.service)]}
      >
        <ServiceSelect
          placeholder={t('intents.request.servicePlaceholder')}
          initialOption={serviceOption}
        />
      </Form.Item>
    </fieldset>
  );
}

/** /operator/intents/new — the park operator requests a service for a company (园区撮合). */
export function OperatorNewIntentRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const openCreated = useOpenCreatedIntent();
  const serviceParam = searchParams.get('service');
  const serviceId =
    serviceParam && UUID.test(serviceParam) ? serviceParam : null;
  const service = useQuery({
    ...getServiceQueryOptions(serviceId ?? ''),
    enabled: serviceId !== null,
  });
  useDocumentTitle(t('intents.request.operatorDocumentTitle'));

  return (
    <div className="qf-narrow">
      <PageHeader
        title={t('intents.request.operatorTitle')}
        description={t('intents.request.operatorText')}
      />
      <div className="qf-panel">
        <IntentRequestForm
          target={{ kind: 'operator' }}
          initialValues={{ serviceId: serviceId ?? undefined }}
          leading={
            <OnBehalfFields
              serviceOption={
                service.data
                  ? {
                      value: service.data.id,
                      label: `${service.data.title} · ${service.data.provider.name}`,
                    }
                  : null
              }
            />
          }
          onCreated={openCreated}
        />
      </div>
    </div>
  );
}
