import { App, Button, Form, Input, Radio, Select } from 'antd';
import {
  MAIL_DELIVERY_MODES,
  MAIL_LANGUAGES,
  NOTIFICATION_KINDS,
  type NotificationSettingsDto,
} from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { QueryContent } from '../../../components/ui/query-content';
import { useMe } from '../../../lib/auth';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import {
  useNotificationSettings,
  useUpdateNotificationSettings,
} from '../api/notification-settings';

interface Values {
  language: NotificationSettingsDto['language'];
  phone: string;
  email: NotificationSettingsDto['email'];
}

const LANGUAGE_LABELS: Record<NotificationSettingsDto['language'], string> = {
  'zh-CN': '简体中文',
  'en-US': 'English',
};

function SettingsForm({ settings }: { settings: NotificationSettingsDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = useFormRules();
  const update = useUpdateNotificationSettings();
  // The 13710 notices go to the operation centre only; nobody else is asked about them.
  const operator = useMe().data?.organisation.kind === 'operator';
  const kinds = NOTIFICATION_KINDS.filter((k) => operator || k !== 'problem_overdue');
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['language', 'phone', 'email'],
  });

  const onFinish = (values: Values) => {
    clearError();
    const phone = values.phone?.trim() ?? '';
    update.mutate(
      {
        language: values.language,
        phone: phone === '' ? null : phone,
        email: values.email,
      },
      {
        onSuccess: () => void message.success(t('mailSettings.saved')),
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Form
      form={form}
      name="notification-settings"
      layout="vertical"
      requiredMark={false}
      className="qf-narrow-form"
      initialValues={{ ...settings, phone: settings.phone ?? '' }}
      onFinish={onFinish}
    >
      <Form.Item name="language" label={t('mailSettings.language')}>
        <Select
          options={MAIL_LANGUAGES.map((value) => ({
            value,
            label: LANGUAGE_LABELS[value],
          }))}
        />
      </Form.Item>
      <fieldset className="qf-fieldset">
        <legend>{t('mailSettings.kinds')}</legend>
        {kinds.map((kind) => (
          <Form.Item
            key={kind}
            name={['email', kind]}
            label={t(`mailSettings.kind.${kind}`)}
          >
            <Radio.Group
              // The Form.Item label points at no input here; name the group itself.
              aria-label={t(`mailSettings.kind.${kind}`)}
              optionType="button"
              options={MAIL_DELIVERY_MODES.map((mode) => ({
                value: mode,
                label: t(`mailSettings.mode.${mode}`),
              }))}
            />
          </Form.Item>
        ))}
      </fieldset>
      <Form.Item
        name="phone"
        label={t('mailSettings.phone')}
        extra={t('mailSettings.phoneHelp')}
        rules={[rules.phone]}
      >
        <Input inputMode="tel" autoComplete="tel" allowClear />
      </Form.Item>
      <FormAlert message={formError} />
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('mailSettings.save')}
      </Button>
    </Form>
  );
}

/** The account page's notification settings: e-mail per kind, language, phone for SMS. */
export function NotificationSettingsForm() {
  const query = useNotificationSettings();
  return (
    <QueryContent query={query} loading={null}>
      {(settings) => <SettingsForm settings={settings} />}
    </QueryContent>
  );
}
