import {
  COMPANY_SIZES,
  COMPANY_TIERS,
  LIFECYCLE_STAGES,
  type CompanySize,
  type CompanyTier,
  type LifecycleStage,
  type MeDto,
} from '@qifu/contracts';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServerFormErrors } from '../../../lib/form-errors';
import { normalizeCreditCode, useFormRules } from '../../../lib/form-rules';
import { useRegister } from '../api/register';
import { ACCOUNT_FIELDS, REGISTER_CODE_FIELDS } from './admin-account-fields';
import { RegisterFormShell } from './register-form-shell';

export interface CompanyRegisterValues {
  name: string;
  creditCode: string;
  industry: string;
  size: CompanySize;
  stage: LifecycleStage;
  tiers?: CompanyTier[];
  contactName: string;
  contactPhone: string;
  displayName: string;
  email: string;
  password: string;
}

const FIELDS = [
  'name',
  'creditCode',
  'industry',
  'size',
  'stage',
  'tiers',
  'contactName',
  'contactPhone',
  ...ACCOUNT_FIELDS,
];

export function CompanyRegisterForm({
  onRegistered,
}: {
  onRegistered: (me: MeDto) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CompanyRegisterValues>();
  const rules = useFormRules();
  const register = useRegister();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: FIELDS,
    codeFields: REGISTER_CODE_FIELDS,
  });

  const onFinish = (v: CompanyRegisterValues) => {
    clearError();
    register.mutate(
      {
        kind: 'company',
        name: v.name.trim(),
        creditCode: normalizeCreditCode(v.creditCode),
        industry: v.industry.trim(),
        size: v.size,
        stage: v.stage,
        tiers: v.tiers ?? [],
        contactName: v.contactName.trim(),
        contactPhone: v.contactPhone.trim(),
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
    industry: t('register.industry'),
    size: t('register.size'),
    stage: t('register.stage'),
  };

  return (
    <RegisterFormShell<CompanyRegisterValues>
      form={form}
      name="register-company"
      organisationLabel={t('register.companyName')}
      formError={formError}
      pending={register.isPending}
      submitLabel={t('register.submitCompany')}
      onFinish={onFinish}
    >
      <Form.Item
        name="industry"
        label={label.industry}
        rules={[
          rules.required(label.industry),
          rules.maxLength(label.industry, 40),
        ]}
      >
        <Input maxLength={40} placeholder={t('register.industryPlaceholder')} />
      </Form.Item>
      <div className="qf-form-row">
        <Form.Item
          name="size"
          label={label.size}
          rules={[rules.select(label.size)]}
        >
          <Select
            options={COMPANY_SIZES.map((size) => ({
              value: size,
              label: t(`companySize.${size}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="stage"
          label={label.stage}
          rules={[rules.select(label.stage)]}
        >
          <Select
            options={LIFECYCLE_STAGES.map((stage) => ({
              value: stage,
              label: t(`stage.${stage}`),
            }))}
          />
        </Form.Item>
      </div>
      <Form.Item
        name="tiers"
        label={t('register.tiers')}
        extra={t('register.tiersHelp')}
      >
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={COMPANY_TIERS.map((tier) => ({
            value: tier,
            label: t(`companyTier.${tier}`),
          }))}
        />
      </Form.Item>
    </RegisterFormShell>
  );
}
