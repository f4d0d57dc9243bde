import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { PasswordFields } from '../../../components/ui/password-fields';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmNewPassword: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const rules = useFormRules();
  const change = useChangePassword();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['currentPassword', 'newPassword'],
    codeFields: {
      PASSWORD_INCORRECT: 'currentPassword',
      PASSWORD_TOO_COMMON: 'newPassword',
    },
  });

  const onFinish = (values: ChangePasswordValues) => {
    clearError();
    change.mutate(
      {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('account.passwordChanged'));
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Form
      form={form}
      name="change-password"
      layout="vertical"
      requiredMark={false}
      className="qf-narrow-form"
      onFinish={onFinish}
    >
      {/* Lets password managers pair the new password with this account. */}
      <input type="hidden" autoComplete="username" />
      <Form.Item
        name="currentPassword"
        label={t('account.currentPassword')}
        rules={[rules.required(t('account.currentPassword'))]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <PasswordFields
        name="newPassword"
        label={t('account.newPassword')}
        confirmLabel={t('account.confirmNewPassword')}
      />
      <FormAlert message={formError} />
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('account.submitPassword')}
      </Button>
    </Form>
  );
}
