import { useId } from 'react';
import type { InvitationDto } from '@qifu/contracts';
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateMinute } from '../../../lib/format';

/** The accept link as a full address; the API returns only its path. */
export function invitationUrl(
  acceptPath: string,
  origin = window.location.origin,
) {
  return new URL(acceptPath, origin).href;
}

export interface InvitationLinkProps {
  invitation: InvitationDto;
  onDone: () => void;
}

/** Shown once, right after inviting: there is no e-mail yet, so the admin passes it on. */
export function InvitationLink({ invitation, onDone }: InvitationLinkProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputId = useId();
  const url = invitationUrl(invitation.acceptPath);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('members.copied'));
    } catch {
      // Insecure origins and old browsers have no clipboard API; the link is selectable.
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
      void message.warning(t('members.copyFailed'));
    }
  };

  return (
    <Alert
      className="qf-invitation-link"
      type="success"
      showIcon
      title={t('members.linkTitle')}
      description={
        <>
          <p>
            {t('members.linkText', {
              email: invitation.email,
              expiresAt: formatDateMinute(invitation.expiresAt),
            })}
          </p>
          <label htmlFor={inputId} className="qf-visually-hidden">
            {t('members.linkLabel')}
          </label>
          <Space.Compact block>
            <Input
              id={inputId}
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              className="qf-mono"
            />
            <Button type="primary" icon={<CopyOutlined />} onClick={copy}>
              {t('members.copy')}
            </Button>
          </Space.Compact>
          <Button
            type="link"
            className="qf-invitation-link__done"
            onClick={onDone}
          >
            {t('members.linkDone')}
          </Button>
        </>
      }
    />
  );
}
