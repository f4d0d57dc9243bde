import type {
  IntentDetailDto,
  IntentStatus,
  TransitionField,
} from '@qifu/contracts';
import { DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import {
  isStaleIntentError,
  useTransitionIntent,
  type TransitionInput,
} from '../api/transition-intent';

export interface TransitionModalProps {
  intent: Pick<IntentDetailDto, 'id' | 'version'>;
  to: IntentStatus;
  requires: readonly TransitionField[];
  onDone: (intent: IntentDetailDto) => void;
  /** A stale version (someone else moved the intent): the page reloads it. */
  onStale: () => void;
  onCancel: () => void;
}

interface TransitionValues {
  reason?: string;
  contractAmount?: number;
  signedOn?: Dayjs;
}

const AMOUNT_MAX = 1e11;

/** A move that needs more than a click: a reason, or the contract's amount and date. */
export function TransitionModal({
  intent,
  to,
  requires,
  onDone,
  onStale,
  onCancel,
}: TransitionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TransitionValues>();
  const rules = useFormRules();
  const transition = useTransitionIntent();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: [...requires],
  });
  const formName = `transition-${to}`;
  const danger = to === 'declined' || to === 'closed';
  const label = {
    reason: t('intents.transition.reason'),
    contractAmount: t('intents.transition.contractAmount'),
    signedOn: t('intents.transition.signedOn'),
  };

  const submit = (values: TransitionValues) => {
    clearError();
    const input: TransitionInput = {
      id: intent.id,
      to,
      version: intent.version,
    };
    if (requires.includes('reason')) input.reason = values.reason?.trim();
    if (requires.includes('contractAmount'))
      input.contractAmount = values.contractAmount;
    if (requires.includes('signedOn'))
      input.signedOn = values.signedOn?.format('YYYY-MM-DD');
    transition.mutate(input, {
      onSuccess: onDone,
      onError: (error) =>
        isStaleIntentError(error) ? onStale() : showError(form, error),
    });
  };

  return (
    <Modal
      open
      title={t('intents.transition.title', {
        action: t(`intentAction.${to}`),
      })}
      okText={t(`intentAction.${to}`)}
      cancelText={t('form.cancel')}
      okButtonProps={{
        danger,
        loading: transition.isPending,
        htmlType: 'submit',
        form: formName,
      }}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form<TransitionValues>
        form={form}
        name={formName}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
      >
        {requires.includes('reason') ? (
          <Form.Item
            name="reason"
            label={label.reason}
            extra={t('intents.transition.reasonHelp')}
            rules={[
              rules.required(label.reason),
              rules.maxLength(label.reason, 500),
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3 }}
              maxLength={500}
              showCount
              autoFocus
            />
          </Form.Item>
        ) : null}
        {requires.includes('contractAmount') ? (
          <Form.Item
            name="contractAmount"
            label={label.contractAmount}
            rules={[
              {
                required: true,
                message: t('form.required', { label: label.contractAmount }),
              },
              {
                type: 'number',
                min: 0.01,
                max: AMOUNT_MAX,
                message: t('intents.transition.amountPositive'),
              },
            ]}
          >
            <InputNumber<number>
              className="qf-budget__amount"
              min={0}
              max={AMOUNT_MAX}
              precision={2}
              suffix={t('intents.request.yuan')}
              autoFocus={!requires.includes('reason')}
            />
          </Form.Item>
        ) : null}
        {requires.includes('signedOn') ? (
          <Form.Item
            name="signedOn"
            label={label.signedOn}
            rules={[rules.select(label.signedOn)]}
          >
            <DatePicker format="YYYY-MM-DD" className="qf-date" />
          </Form.Item>
        ) : null}
        <FormAlert message={formError} />
      </Form>
    </Modal>
  );
}
