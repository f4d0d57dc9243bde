import { useState } from 'react';
import type { MeDto } from '@qifu/contracts';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { useFormRules } from '../../../lib/form-rules';
import { useLogin } from '../api/login';

interface LoginValues {
  email: string;
  password: string;
}

/** Minutes to show for a Retry-After in seconds; never "0 minutes". */
export function retryMinutes(seconds: number | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}

export function LoginForm({ onSignedIn }: { onSignedIn: (me: MeDto) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const rules = useFormRules();
  const errorMessage = useErrorMessage();
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = (values: LoginValues) => {
    setFormError(null);
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (isApiError(error) && error.code === 'INVALID_CREDENTIALS') {
            // One answer for "no such account" and "wrong password"; shown by the password.
            form.setFields([
              { name: 'password', errors: [errorMessage(error)] },
            ]);
          } else if (
            isApiError(error) &&
            error.code === 'TOO_MANY_LOGIN_ATTEMPTS'
          ) {
            setFormError(
              t('login.tooManyAttempts', {
                minutes: retryMinutes(error.retryAfter),
              }),
            );
          } else {
            setFormError(errorMessage(error));
          }
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      onValuesChange={() => setFormError(null)}
    >
      <Form.Item
        name="email"
        label={t('login.email')}
        rules={[rules.required(t('login.email')), rules.email]}
      >
        {/* Not type="email": the browser's own check would block the form and our message. */}
        <Input autoComplete="username" inputMode="email" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[rules.required(t('login.password'))]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <FormAlert message={formError} />
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        loading={login.isPending}
      >
        {t('login.submit')}
      </Button>
    </Form>
  );
}
