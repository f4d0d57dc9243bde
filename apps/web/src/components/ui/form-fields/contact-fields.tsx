import { Form, Input } from 'antd';
import { useFormRules } from '../../../lib/form-rules';

export interface ContactFieldsProps {
  /** Each form names the pair in its own words (联系人 / 联系电话 or Contact / Phone). */
  nameLabel: string;
  phoneLabel: string;
}

/** 联系人 + 联系电话 side by side, with the rules of the API's contact schema. */
export function ContactFields({ nameLabel, phoneLabel }: ContactFieldsProps) {
  const rules = useFormRules();
  return (
    <div className="qf-form-row">
      <Form.Item
        name="contactName"
        label={nameLabel}
        rules={[rules.required(nameLabel), rules.maxLength(nameLabel, 40)]}
      >
        <Input autoComplete="name" maxLength={40} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={phoneLabel}
        rules={[rules.required(phoneLabel), rules.phone]}
      >
        <Input type="tel" autoComplete="tel" inputMode="tel" maxLength={20} />
      </Form.Item>
    </div>
  );
}
