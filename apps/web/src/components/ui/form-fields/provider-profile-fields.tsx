import type { ReactNode } from 'react';
import { type CategoryDto, PROVIDER_PROFILE_LIMITS } from '@qifu/contracts';
import { Form, Input, Select } from 'antd';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { useFormRules } from '../../../lib/form-rules';

const LIMITS = PROVIDER_PROFILE_LIMITS;

/** The words of the block: sign-up and the workspace profile speak to the provider differently. */
export interface ProviderProfileFieldsLabels {
  categories: string;
  categoriesHelp: string;
  /** Said when more categories are chosen than the API takes. */
  categoriesTooMany: string;
  summary: string;
  summaryHelp: string;
  description: string;
  qualifications: string;
  qualificationsHelp: string;
}

export interface ProviderProfileFieldsProps {
  labels: ProviderProfileFieldsLabels;
  categories: CategoryDto[];
  categoriesLoading: boolean;
  /** Shown right under the categories (e.g. that they could not be loaded). */
  categoriesNotice?: ReactNode;
  /** Sign-up asks for them (the operator reviews them); the profile may leave them empty. */
  qualificationsRequired: boolean;
  /** The long sign-up form keeps the text areas short and without counters. */
  compact?: boolean;
}

/** What a provider tells companies about itself: the categories it serves, its summary, description and qualifications. */
export function ProviderProfileFields({
  labels,
  categories,
  categoriesLoading,
  categoriesNotice,
  qualificationsRequired,
  compact = false,
}: ProviderProfileFieldsProps) {
  const rules = useFormRules();
  const localizedName = useLocalizedName();
  return (
    <>
      <Form.Item
        name="categories"
        label={labels.categories}
        extra={labels.categoriesHelp}
        rules={[
          rules.select(labels.categories),
          {
            type: 'array',
            max: LIMITS.categories,
            message: labels.categoriesTooMany,
          },
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
      {categoriesNotice}
      <Form.Item
        name="summary"
        label={labels.summary}
        extra={labels.summaryHelp}
        rules={[
          rules.required(labels.summary),
          rules.maxLength(labels.summary, LIMITS.summary),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={LIMITS.summary}
          showCount
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={labels.description}
        rules={[rules.maxLength(labels.description, LIMITS.description)]}
      >
        <Input.TextArea
          autoSize={{ minRows: compact ? 3 : 4 }}
          maxLength={LIMITS.description}
          showCount={!compact}
        />
      </Form.Item>
      <Form.Item
        name="qualifications"
        label={labels.qualifications}
        extra={labels.qualificationsHelp}
        rules={[
          ...(qualificationsRequired
            ? [rules.required(labels.qualifications)]
            : []),
          rules.maxLength(labels.qualifications, LIMITS.qualifications),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          maxLength={LIMITS.qualifications}
          showCount={!compact}
        />
      </Form.Item>
    </>
  );
}
