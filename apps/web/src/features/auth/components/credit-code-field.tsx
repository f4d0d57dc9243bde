import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeCreditCode, useFormRules } from '../../../lib/form-rules';

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
