import type { ReactNode } from 'react';
import { PROBLEM_URGENCIES } from '@qifu/contracts';
import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../../lib/form-rules';
import { useProblemCategories } from '../api/get-problem-categories';

// The API's limit (problemInputSchema).
const DESCRIPTION_MAX = 2000;

export interface ProblemInputFieldsProps {
  /** Where the fields sit in the form: [] on its own, [field.name] inside a Form.List. */
  prefix?: (string | number)[];
  /** Lines the description shows before it grows. */
  descriptionRows?: number;
  descriptionHelp?: ReactNode;
}

/**
 * A problem's own fields (category, description, urgency, 疑难), as the API's problemInputSchema
 * takes them: one problem a company raises, or each problem of a visit.
 */
export function ProblemInputFields({
  prefix = [],
  descriptionRows = 3,
  descriptionHelp,
}: ProblemInputFieldsProps) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const categories = useProblemCategories();
  const label = {
    category: t('problems.category'),
    description: t('problems.description'),
    urgency: t('problems.urgency'),
  };
  return (
    <>
      <Form.Item
        name={[...prefix, 'categoryCode']}
        label={label.category}
        rules={[rules.select(label.category)]}
      >
        <Select
          placeholder={t('problems.raise.categoryPlaceholder')}
          loading={categories.isPending}
          options={(categories.data ?? []).map((c) => ({
            value: c.code,
            label: c.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name={[...prefix, 'description']}
        label={label.description}
        extra={descriptionHelp}
        rules={[
          rules.required(label.description),
          rules.length(label.description, 5, DESCRIPTION_MAX),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: descriptionRows }}
          maxLength={DESCRIPTION_MAX}
          showCount
        />
      </Form.Item>
      <Form.Item name={[...prefix, 'urgency']} label={label.urgency}>
        <Radio.Group
          options={PROBLEM_URGENCIES.map((u) => ({
            value: u,
            label: t(`problemUrgency.${u}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name={[...prefix, 'hard']}
        valuePropName="checked"
        extra={t('problems.raise.hardHelp')}
      >
        <Checkbox>{t('problems.hard')}</Checkbox>
      </Form.Item>
    </>
  );
}
