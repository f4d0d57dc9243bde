import type { ProviderApplicationDto } from '@qifu/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useDecideApplication } from '../api/decide-application';

export type DecisionKind = 'approve' | 'reject';

export interface DecisionModalProps {
  application: ProviderApplicationDto;
  kind: DecisionKind;
  onClose: () => void;
}

/** Approve with a note, or reject with a reason; the applicant reads either. */
export function DecisionModal({
  application,
  kind,
  onClose,
}: DecisionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, string>>();
  const rules = useFormRules();
  const decide = useDecideApplication();
  const approve = kind === 'approve';
  const field = approve ? 'note' : 'reason';
  const label = approve ? t('review.note') : t('review.reason');
  const { formError, showError, clearError } = useServerFormErrors({
    fields: [field],
  });
  const name = application.shortName || application.name;

  const formName = `decision-${application.id}`;

  const submit = (values: Record<string, string>) => {
    clearError();
    const text = values[field].trim();
    decide.mutate(
      approve
        ? { id: application.id, approve: true, note: text }
        : { id: application.id, approve: false, reason: text },
      {
        onSuccess: () => {
          void message.success(
            t(approve ? 'review.approved' : 'review.rejected', { name }),
          );
          onClose();
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={t(approve ? 'review.approveTitle' : 'review.rejectTitle', {
        name,
      })}
      okText={approve ? t('review.approveSubmit') : t('review.rejectSubmit')}
      cancelText={t('form.cancel')}
      okButtonProps={{
        danger: !approve,
        loading: decide.isPending,
        htmlType: 'submit',
        // Submits the form below, so Enter and the button validate alike.
        form: formName,
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name={formName}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
      >
        <Form.Item
          name={field}
          label={label}
          extra={approve ? t('review.noteHelp') : t('review.reasonHelp')}
          rules={[rules.required(label), rules.maxLength(label, 500)]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            maxLength={500}
            showCount
            autoFocus
          />
        </Form.Item>
        <FormAlert message={formError} />
      </Form>
    </Modal>
  );
}
