import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useUnlistListing } from '../api/moderate-listing';

export interface UnlistModalProps {
  listing: { id: string; title: string };
  onClose: () => void;
  onUnlisted: (reason: string) => void;
}

const MAX_REASON = 500;

/** Confirms an unlisting; the reason is required because the provider is shown it. */
export function UnlistModal({
  listing,
  onClose,
  onUnlisted,
}: UnlistModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const unlist = useUnlistListing();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['reason'],
  });
  const formName = `unlist-${listing.id}`;

  const submit = ({ reason }: { reason: string }) => {
    clearError();
    const text = reason.trim();
    unlist.mutate(
      { id: listing.id, reason: text },
      {
        onSuccess: () => {
          void message.success(
            t('moderation.unlisted', { title: listing.title }),
          );
          onUnlisted(text);
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Modal
      open
      title={t('moderation.unlistTitle', { title: listing.title })}
      okText={t('moderation.confirm')}
      cancelText={t('moderation.cancel')}
      okButtonProps={{
        danger: true,
        loading: unlist.isPending,
        htmlType: 'submit',
        form: formName,
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('moderation.unlistText')}</Typography.Paragraph>
      <Form
        form={form}
        name={formName}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
      >
        <Form.Item
          name="reason"
          label={t('moderation.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('moderation.reasonRequired'),
            },
            { max: MAX_REASON, message: t('moderation.reasonTooLong') },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            maxLength={MAX_REASON}
            showCount
            autoFocus
            placeholder={t('moderation.reasonPlaceholder')}
          />
        </Form.Item>
        <FormAlert message={formError} />
      </Form>
    </Modal>
  );
}
