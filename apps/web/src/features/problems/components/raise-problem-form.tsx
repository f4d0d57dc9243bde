import type { CreateProblemRequest, ProblemDetailDto } from '@qifu/contracts';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useRaiseProblem } from '../api/raise-problem';
import { ProblemInputFields } from './problem-input-fields';

type RaiseValues = Omit<CreateProblemRequest, 'companyId'>;

/** A company raises a problem of its own. */
export function RaiseProblemForm({
  onDone,
}: {
  onDone: (problem: ProblemDetailDto) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RaiseValues>();
  const raise = useRaiseProblem();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['categoryCode', 'description', 'urgency', 'hard'],
  });

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
      <ProblemInputFields
        descriptionRows={4}
        descriptionHelp={t('problems.raise.descriptionHelp')}
      />
      <FormAlert message={formError} />
      <Button type="primary" htmlType="submit" loading={raise.isPending}>
        {t('problems.raise.submit')}
      </Button>
    </Form>
  );
}
