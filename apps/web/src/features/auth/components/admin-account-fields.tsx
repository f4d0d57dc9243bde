import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordFields } from '../../../components/ui/password-fields';
import { useFormRules } from '../../../lib/form-rules';

/** The first administrator of a newly registered organisation. */
export function AdminAccountFields() {
  const { t } = useTranslation();
  const rules = useFormRules();
  return (
    <fieldset className="qf-form-section">
      <legend className="qf-form-section__title">
        {t('register.adminSection')}
      </legend>
      <p className="qf-form-section__hint">{t('register.adminHint')}</p>
      <Form.Item
        name="displayName"
        label={t('register.displayName')}
        rules={[
          rules.required(t('register.displayName')),
          rules.maxLength(t('register.displayName'), 40),
        ]}
      >
        <Input autoComplete="name" maxLength={40} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('register.email')}
        extra={t('register.emailHelp')}
        rules={[rules.required(t('register.email')), rules.email]}
      >
        <Input autoComplete="email" inputMode="email" />
      </Form.Item>
      <PasswordFields
        label={t('register.password')}
        confirmLabel={t('register.confirmPassword')}
      />
    </fieldset>
  );
}

/** API field names and conflict codes shared by both sign-up forms. */
export const ACCOUNT_FIELDS = ['displayName', 'email', 'password'] as const;

export const REGISTER_CODE_FIELDS = {
  EMAIL_TAKEN: 'email',
  CREDIT_CODE_TAKEN: 'creditCode',
  ORGANISATION_NAME_TAKEN: 'name',
  PASSWORD_TOO_COMMON: 'password',
  UNKNOWN_CATEGORY: 'categories',
} as const;
