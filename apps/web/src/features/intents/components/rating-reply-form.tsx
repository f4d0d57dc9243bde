import type { IntentDetailDto } from '@qifu/contracts';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useReplyToRating } from '../api/rate-intent';

const REPLY_MAX = 1000;

/** The provider answers a rating once; the answer is shown with it publicly. */
export function RatingReplyForm({
  intent,
}: {
  intent: Pick<IntentDetailDto, 'id'>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reply: string }>();
  const rules = useFormRules();
  const reply = useReplyToRating();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['reply'],
  });
  const label = t('intents.rating.reply');

  return (
    <Form
      form={form}
      name={`rating-reply-${intent.id}`}
      layout="vertical"
      requiredMark={false}
      onFinish={({ reply: text }: { reply: string }) => {
        clearError();
        reply.mutate(
          { id: intent.id, reply: text.trim() },
          {
            onSuccess: () => void message.success(t('intents.rating.replied')),
            onError: (error) => showError(form, error),
          },
        );
      }}
    >
      <Form.Item
        name="reply"
        label={label}
        rules={[rules.required(label), rules.maxLength(label, REPLY_MAX)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={REPLY_MAX}
          showCount
        />
      </Form.Item>
      <FormAlert message={formError} />
      <Button
        type="primary"
        htmlType="submit"
        loading={reply.isPending}
        disabled={reply.isPending}
      >
        {t('intents.rating.replySubmit')}
      </Button>
    </Form>
  );
}
