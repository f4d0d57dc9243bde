import type { IntentDetailDto, RateIntentRequest } from '@qifu/contracts';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { RateField } from '../../../components/ui/rate-field';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useRateIntent } from '../api/rate-intent';

export const RATING_DIMENSIONS = [
  'professional',
  'responsiveness',
  'attitude',
  'value',
] as const satisfies readonly (keyof RateIntentRequest)[];

type RatingValues = Omit<RateIntentRequest, 'comment'> & { comment?: string };

const COMMENT_MAX = 1000;

/** The company rates a completed service once, on four counts (1–5) and in words. */
export function RatingForm({
  intent,
}: {
  intent: Pick<IntentDetailDto, 'id'>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RatingValues>();
  const rules = useFormRules();
  const rate = useRateIntent();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: [...RATING_DIMENSIONS, 'comment'],
  });
  const commentLabel = t('intents.rating.comment');

  const submit = (values: RatingValues) => {
    clearError();
    rate.mutate(
      { id: intent.id, ...values, comment: values.comment?.trim() ?? '' },
      {
        onSuccess: () => void message.success(t('intents.rating.submitted')),
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Form<RatingValues>
      form={form}
      name={`rating-${intent.id}`}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
    >
      <div className="qf-rating-inputs">
        {RATING_DIMENSIONS.map((dimension) => {
          const label = t(`ratings.dimension.${dimension}`);
          return (
            <Form.Item
              key={dimension}
              name={dimension}
              label={label}
              rules={[
                {
                  required: true,
                  message: t('intents.rating.scoreRequired', { label }),
                },
              ]}
            >
              <RateField aria-label={label} />
            </Form.Item>
          );
        })}
      </div>
      <Form.Item
        name="comment"
        label={commentLabel}
        rules={[rules.maxLength(commentLabel, COMMENT_MAX)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={COMMENT_MAX}
          showCount
          placeholder={t('intents.rating.commentPlaceholder')}
        />
      </Form.Item>
      <FormAlert message={formError} />
      <Button
        type="primary"
        htmlType="submit"
        loading={rate.isPending}
        disabled={rate.isPending}
      >
        {t('intents.rating.submit')}
      </Button>
    </Form>
  );
}
