import type { MeDto } from '@qifu/contracts';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { PasswordFields } from '../../../components/ui/password-fields';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useAcceptInvitation } from '../api/accept-invitation';

interface AcceptValues {
  displayName: string;
  password: string;
}

export interface AcceptInvitationFormProps {
  token: string;
  email: string;
  onJoined: (me: MeDto) => void;
}

export function AcceptInvitationForm({
  token,
  email,
  onJoined,
}: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AcceptValues>();
  const rules = useFormRules();
  const accept = useAcceptInvitation(token);
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['displayName', 'password'],
    codeFields: { PASSWORD_TOO_COMMON: 'password' },
  });

  const onFinish = (values: AcceptValues) => {
    clearError();
    accept.mutate(
      { displayName: values.displayName.trim(), password: values.password },
      { onSuccess: onJoined, onError: (error) => showError(form, error) },
    );
  };

  return (
    <Form
      form={form}
      name="accept-invitation"
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
    >
      {/* The account's name for password managers; the invitation fixes it. */}
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <Form.Item
        name="displayName"
        label={t('invitation.displayName')}
        rules={[
          rules.required(t('invitation.displayName')),
          rules.maxLength(t('invitation.displayName'), 40),
        ]}
      >
        <Input autoComplete="name" maxLength={40} />
      </Form.Item>
      <PasswordFields
        label={t('invitation.password')}
        confirmLabel={t('invitation.confirmPassword')}
      />
      <FormAlert message={formError} />
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={accept.isPending}
      >
        {t('invitation.submit')}
      </Button>
    </Form>
  );
}
