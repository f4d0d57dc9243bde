import type { ReactNode } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeCreditCode, useFormRules } from '../../../lib/form-rules';

/** 统一社会信用代码: typed any way, kept in capitals; the check character is verified as in libs/contracts. */
export function CreditCodeField() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const label = t('register.creditCode');
  return (
    <Form.Item
      name="creditCode"
      label={label}
      normalize={normalizeCreditCode}
      validateTrigger="onBlur"
      rules={[rules.required(label), rules.creditCode]}
    >
      <Input
        maxLength={18}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('register.creditCodePlaceholder')}
        className="qf-mono"
      />
    </Form.Item>
  );
}

export interface OrganisationFieldsProps {
  /** 企业名称 or 机构名称. */
  nameLabel: string;
  /** Fields that sit between the name and the credit code (e.g. a provider's short name and kind). */
  children?: ReactNode;
}

/** The registered name and the unified social credit code of a company or an institution. */
export function OrganisationFields({
  nameLabel,
  children,
}: OrganisationFieldsProps) {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <>
      <Form.Item
        name="name"
        label={nameLabel}
        extra={t('register.companyNameHelp')}
        rules={[rules.required(nameLabel), rules.length(nameLabel, 2, 100)]}
      >
        <Input autoComplete="organization" maxLength={100} />
      </Form.Item>
      {children}
      <CreditCodeField />
    </>
  );
}
