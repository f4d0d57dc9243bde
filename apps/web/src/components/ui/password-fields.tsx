import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../lib/form-rules';

export interface PasswordFieldsProps {
  name?: string;
  label: string;
  confirmLabel: string;
}

/** A new password (12–128, rule shown) and its confirmation. */
export function PasswordFields({
  name = 'password',
  label,
  confirmLabel,
}: PasswordFieldsProps) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const confirmName = `confirm${name.slice(0, 1).toUpperCase()}${name.slice(1)}`;
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        extra={t('form.passwordRule')}
        rules={[rules.required(label), rules.password]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={confirmName}
        label={confirmLabel}
        dependencies={[name]}
        rules={[rules.required(confirmLabel), rules.sameAs(name)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
