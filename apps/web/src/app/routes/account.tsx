import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { Section } from '../../components/ui/section';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { ProfileSummary } from '../../features/auth/components/profile-summary';
import { SessionList } from '../../features/auth/components/session-list';
import { NotificationSettingsForm } from '../../features/mail-settings/components/notification-settings-form';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountRoute() {
  const { t } = useTranslation();
  // The route guard only renders this page for a signed-in account.
  const me = useMe().data;
  useDocumentTitle(t('account.documentTitle'));
  if (!me) return null;

  return (
    <App component={false}>
      <PageHeader title={t('account.title')} />
      <Section title={t('account.profile')}>
        <ProfileSummary me={me} />
      </Section>
      <Section
        title={t('account.changePassword')}
        description={t('account.changePasswordText')}
      >
        <div className="qf-panel">
          <ChangePasswordForm />
        </div>
      </Section>
      <Section
        title={t('mailSettings.title')}
        description={t('mailSettings.text')}
      >
        <div className="qf-panel">
          <NotificationSettingsForm />
        </div>
      </Section>
      <Section
        title={t('account.sessions')}
        description={t('account.sessionsText')}
      >
        <div className="qf-panel">
          <SessionList />
        </div>
      </Section>
    </App>
  );
}
