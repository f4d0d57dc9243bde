import {
  PROVIDER_KINDS,
  type CategoryDto,
  type MeDto,
  type ProviderKind,
} from '@qifu/contracts';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProviderProfileFields } from '../../../components/ui/form-fields/provider-profile-fields';
import { useFormRules } from '../../../lib/form-rules';
import {
  RegisterFormShell,
  type RegisterShellValues,
  useRegisterSubmit,
} from './register-form-shell';

export interface ProviderRegisterValues extends RegisterShellValues {
  shortName: string;
  providerKind: ProviderKind;
  summary: string;
  description?: string;
  qualifications: string;
  categories: string[];
  address?: string;
}

const OWN_FIELDS = [
  'shortName',
  'providerKind',
  'summary',
  'description',
  'qualifications',
  'categories',
  'address',
];

export interface ProviderRegisterFormProps {
  /** Offered as the categories served; the route loads them. */
  categories: CategoryDto[];
  categoriesLoading: boolean;
  categoriesFailed: boolean;
  onRegistered: (me: MeDto) => void;
}

export function ProviderRegisterForm({
  categories,
  categoriesLoading,
  categoriesFailed,
  onRegistered,
}: ProviderRegisterFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProviderRegisterValues>();
  const rules = useFormRules();
  const { submit, formError, pending } = useRegisterSubmit({
    form,
    ownFields: OWN_FIELDS,
    onRegistered,
  });

  const onFinish = (v: ProviderRegisterValues) =>
    submit(v, {
      kind: 'provider',
      shortName: v.shortName.trim(),
      providerKind: v.providerKind,
      summary: v.summary.trim(),
      description: v.description?.trim() ?? '',
      qualifications: v.qualifications.trim(),
      categories: v.categories,
      address: v.address?.trim() ?? '',
    });

  const label = {
    shortName: t('register.shortName'),
    providerKind: t('register.providerKind'),
    address: t('register.address'),
  };

  return (
    <RegisterFormShell<ProviderRegisterValues>
      form={form}
      name="register-provider"
      organisationLabel={t('register.providerName')}
      beforeCreditCode={
        <div className="qf-form-row">
          <Form.Item
            name="shortName"
            label={label.shortName}
            rules={[
              rules.required(label.shortName),
              rules.maxLength(label.shortName, 30),
            ]}
          >
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item
            name="providerKind"
            label={label.providerKind}
            rules={[rules.select(label.providerKind)]}
          >
            <Select
              options={PROVIDER_KINDS.map((kind) => ({
                value: kind,
                label: t(`providerKind.${kind}`),
              }))}
            />
          </Form.Item>
        </div>
      }
      contactExtra={
        <Form.Item
          name="address"
          label={label.address}
          rules={[rules.maxLength(label.address, 200)]}
        >
          <Input autoComplete="street-address" maxLength={200} />
        </Form.Item>
      }
      formError={formError}
      pending={pending}
      submitLabel={t('register.submitProvider')}
      onFinish={onFinish}
    >
      <ProviderProfileFields
        compact
        qualificationsRequired
        labels={{
          categories: t('register.categories'),
          categoriesHelp: t('register.categoriesHelp'),
          categoriesTooMany: t('form.invalidField'),
          summary: t('register.summary'),
          summaryHelp: t('register.summaryHelp'),
          description: t('register.description'),
          qualifications: t('register.qualifications'),
          qualificationsHelp: t('register.qualificationsHelp'),
        }}
        categories={categories}
        categoriesLoading={categoriesLoading}
        categoriesNotice={
          categoriesFailed ? (
            <Alert
              className="qf-form-alert"
              type="warning"
              showIcon
              title={t('register.categoriesFailed')}
            />
          ) : null
        }
      />
    </RegisterFormShell>
  );
}
