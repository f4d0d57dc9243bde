import {
  MEMBER_ROLES,
  type InvitationDto,
  type MemberRole,
} from '@qifu/contracts';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/form-alert';
import { useServerFormErrors } from '../../../lib/form-errors';
import { useFormRules } from '../../../lib/form-rules';
import { useCreateInvitation } from '../api/create-invitation';

interface InviteValues {
  email: string;
  role: MemberRole;
}

export function InviteForm({
  onInvited,
}: {
  onInvited: (invitation: InvitationDto) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InviteValues>();
  const rules = useFormRules();
  const invite = useCreateInvitation();
  const { formError, showError, clearError } = useServerFormErrors({
    fields: ['email', 'role'],
    codeFields: { EMAIL_TAKEN: 'email' },
  });

  const onFinish = (values: InviteValues) => {
    clearError();
    invite.mutate(
      { email: values.email.trim(), role: values.role },
      {
        onSuccess: (invitation) => {
          form.resetFields();
          onInvited(invitation);
        },
        onError: (error) => showError(form, error),
      },
    );
  };

  return (
    <Form
      form={form}
      name="invite-member"
      layout="vertical"
      requiredMark={false}
      initialValues={{ role: 'member' }}
      onFinish={onFinish}
    >
      <div className="qf-form-row qf-form-row--invite">
        <Form.Item
          name="email"
          label={t('members.inviteEmail')}
          rules={[rules.required(t('members.inviteEmail')), rules.email]}
        >
          <Input inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('members.inviteRole')}
          rules={[rules.select(t('members.inviteRole'))]}
        >
          <Select
            options={MEMBER_ROLES.map((role) => ({
              value: role,
              label: t(`memberRole.${role}`),
            }))}
          />
        </Form.Item>
      </div>
      <FormAlert message={formError} />
      <Button type="primary" htmlType="submit" loading={invite.isPending}>
        {t('members.inviteSubmit')}
      </Button>
    </Form>
  );
}
