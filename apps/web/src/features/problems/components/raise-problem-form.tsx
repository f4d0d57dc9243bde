import {
  PROBLEM_URGENCIES,
  type CreateProblemRequest,
  type ProblemDetailDto,
} from '@qifu/contracts';
import { Button, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useProblemCategories } from '../api/get-problem-categories';
import { useRaiseProblem } from '../api/raise-problem';

type RaiseValues = Omit<CreateProblemRequest, 'companyId'>;

/** A company raises a problem of its own. */
export function RaiseProblemForm({
  onDone,
}: {
  onDone: (problem: ProblemDetailDto) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RaiseValues>();
  const rules = useFormRules();
  const categories = useProblemCategories();
  const raise = useRaiseProblem();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['categoryCode', 'description', 'urgency', 'hard'],
  });
  const label = {
    category: t('problems.category'),
    description: t('problems.description'),
    urgency: t('problems.urgency'),
  };

  const submit = (values: RaiseValues) => {
    clearError();
    raise.mutate(
      {
        categoryCode: values.categoryCode,
        description: values.description.trim(),
        urgency: values.urgency,
        hard: Boolean(values.hard),
      },
      {
        onSuccess: (p) => {
          form.resetFields();
          onDone(p);
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Form<RaiseValues>
      form={form}
      name="raise-problem"
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ urgency: 'normal', hard: false }}
    >
      <Form.Item
        name="categoryCode"
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
        name="description"
        label={label.description}
        extra={t('problems.raise.descriptionHelp')}
        rules={[
          rules.required(label.description),
          rules.length(label.description, 5, 2000),
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 4 }} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="urgency" label={label.urgency}>
        <Radio.Group
          options={PROBLEM_URGENCIES.map((u) => ({
            value: u,
            label: t(`problemUrgency.${u}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="hard"
        valuePropName="checked"
        extra={t('problems.raise.hardHelp')}
      >
        <Checkbox>{t('problems.hard')}</Checkbox>
      </Form.Item>
      <FormAlert message={formError} />
      <Button type="primary" htmlType="submit" loading={raise.isPending}>
        {t('problems.raise.submit')}
      </Button>
    </Form>
  );
}
