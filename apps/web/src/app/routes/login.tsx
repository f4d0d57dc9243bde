import { useState } from 'react';
import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { paths } from '../../config/paths';
import { useLogout } from '../../features/auth/api/logout';
import { LoginForm } from '../../features/auth/components/login-form';
import { useMe } from '../../lib/auth';
import { safeRedirect } from '../../lib/safe-redirect';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageFallback } from '../layout/page-fallback';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const redirect = safeRedirect(searchParams.get('redirect'));
  const me = useMe();
  const logout = useLogout();
  // Signing in here also fills `me`; that must not flash the "already signed in" view.
  const [signingIn, setSigningIn] = useState(false);
  useDocumentTitle(t('login.documentTitle'));

  if (me.isPending) return <PageFallback />;

  if (me.data && !signingIn) {
    return (
      <div className="qf-state qf-narrow">
        <Result
          status="success"
          title={
            <h1 className="qf-state__heading">{t('login.signedInTitle')}</h1>
          }
          subTitle={t('login.signedInText', {
            name: me.data.user.displayName,
            organisation: me.data.organisation.name,
          })}
          extra={
            <Space wrap className="qf-center">
              <ButtonLink type="primary" to={redirect ?? paths.home.getHref()}>
                {redirect ? t('login.continue') : t('login.home')}
              </ButtonLink>
              <Button loading={logout.isPending} onClick={logout.signOut}>
                {t('login.switchAccount')}
              </Button>
            </Space>
          }
        />
      </div>
    );
  }

  return (
    <div className="qf-auth">
      <div className="qf-auth__panel">
        <h1 className="qf-auth__title">{t('login.title')}</h1>
        <p className="qf-auth__text">{t('login.text')}</p>
        <LoginForm
          onSignedIn={() => {
            setSigningIn(true);
            void navigate(redirect ?? paths.home.getHref(), { replace: true });
          }}
        />
        <p className="qf-auth__switch">
          {t('login.noAccount')}{' '}
          <Link to={paths.auth.register.getHref({ redirect })}>
            {t('login.register')}
          </Link>
        </p>
        <p className="qf-auth__hint">{t('login.phoneHint')}</p>
      </div>
    </div>
  );
}
