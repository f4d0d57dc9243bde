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
import { useFormRules } from '../../../lib/form-rules';
import {
  RegisterFormShell,
  type RegisterShellValues,
  useRegisterSubmit,
} from './register-form-shell';

export interface CompanyRegisterValues extends RegisterShellValues {
  industry: string;
  size: CompanySize;
  stage: LifecycleStage;
  tiers?: CompanyTier[];
}

const OWN_FIELDS = ['industry', 'size', 'stage', 'tiers'];

export function CompanyRegisterForm({
  onRegistered,
}: {
  onRegistered: (me: MeDto) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CompanyRegisterValues>();
  const rules = useFormRules();
  const { submit, formError, pending } = useRegisterSubmit({
    form,
    ownFields: OWN_FIELDS,
    onRegistered,
  });

  const onFinish = (v: CompanyRegisterValues) =>
    submit(v, {
      kind: 'company',
      industry: v.industry.trim(),
      size: v.size,
      stage: v.stage,
      tiers: v.tiers ?? [],
    });

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
      pending={pending}
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
