import {
  PROVIDER_KINDS,
  type CategoryDto,
  type MeDto,
  type ProviderKind,
} from '@qifu/contracts';
import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../../i18n/use-app-language';
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
  const localizedName = useLocalizedName();
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
    summary: t('register.summary'),
    description: t('register.description'),
    qualifications: t('register.qualifications'),
    categories: t('register.categories'),
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
      <Form.Item
        name="categories"
        label={label.categories}
        extra={t('register.categoriesHelp')}
        rules={[
          rules.select(label.categories),
          { type: 'array', max: 20, message: t('form.invalidField') },
        ]}
      >
        <Select
          mode="multiple"
          allowClear
          loading={categoriesLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={categories.map((category) => ({
            value: category.code,
            label: localizedName(category),
          }))}
        />
      </Form.Item>
      {categoriesFailed ? (
        <Alert
          className="qf-form-alert"
          type="warning"
          showIcon
          title={t('register.categoriesFailed')}
        />
      ) : null}
      <Form.Item
        name="summary"
        label={label.summary}
        extra={t('register.summaryHelp')}
        rules={[
          rules.required(label.summary),
          rules.maxLength(label.summary, 200),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} showCount />
      </Form.Item>
      <Form.Item
        name="description"
        label={label.description}
        rules={[rules.maxLength(label.description, 5000)]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="qualifications"
        label={label.qualifications}
        extra={t('register.qualificationsHelp')}
        rules={[
          rules.required(label.qualifications),
          rules.maxLength(label.qualifications, 2000),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
      </Form.Item>
    </RegisterFormShell>
  );
}
