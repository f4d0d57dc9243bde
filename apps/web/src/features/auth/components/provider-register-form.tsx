import {
  PROVIDER_KINDS,
  type CategoryDto,
  type MeDto,
  type ProviderKind,
} from '@qifu/contracts';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProviderProfileFields } from '../../../components/ui/form-fields/provider-profile-fields';
import { useServerFormErrors } from '../../../lib/form-errors';
import { normalizeCreditCode, useFormRules } from '../../../lib/form-rules';
import { useRegister } from '../api/register';
import { ACCOUNT_FIELDS, REGISTER_CODE_FIELDS } from './admin-account-fields';
import { RegisterFormShell } from './register-form-shell';

export interface ProviderRegisterValues {
  name: string;
  shortName: string;
  creditCode: string;
  providerKind: ProviderKind;
  summary: string;
  description?: string;
  qualifications: string;
  categories: string[];
  contactName: string;
  contactPhone: string;
  address?: string;
  displayName: string;
  email: string;
  password: string;
}

const FIELDS = [
  'name',
  'shortName',
  'creditCode',
  'providerKind',
  'summary',
  'description',
  'qualifications',
  'categories',
  'contactName',
  'contactPhone',
  'address',
  ...ACCOUNT_FIELDS,
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
  const register = useRegister();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: FIELDS,
    codeFields: REGISTER_CODE_FIELDS,
  });

  const onFinish = (v: ProviderRegisterValues) => {
    clearError();
    register.mutate(
      {
        kind: 'provider',
        name: v.name.trim(),
        shortName: v.shortName.trim(),
        creditCode: normalizeCreditCode(v.creditCode),
        providerKind: v.providerKind,
        summary: v.summary.trim(),
        description: v.description?.trim() ?? '',
        qualifications: v.qualifications.trim(),
        categories: v.categories,
        contactName: v.contactName.trim(),
        contactPhone: v.contactPhone.trim(),
        address: v.address?.trim() ?? '',
        displayName: v.displayName.trim(),
        email: v.email.trim(),
        password: v.password,
      },
      {
        onSuccess: onRegistered,
        onError: (error) => showError(form, error),
      },
    );
  };

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
      pending={register.isPending}
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
