import { Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { paths } from '../../config/paths';
import { safeRedirect } from '../../lib/safe-redirect';
import { useDocumentTitle } from '../../lib/use-document-title';

// Company accounts are not built yet; this page says so honestly and keeps the way back.
export function LoginRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const redirect = safeRedirect(searchParams.get('redirect'));
  useDocumentTitle(t('login.documentTitle'));

  return (
    <div className="qf-state qf-login">
      <Result
        status="info"
        title={<h1 className="qf-state__heading">{t('login.title')}</h1>}
        subTitle={
          <>
            <p>{t('login.text')}</p>
            <p className="qf-muted">{t('login.phoneHint')}</p>
          </>
        }
        extra={
          <Space wrap className="qf-center">
            {redirect ? (
              <ButtonLink type="primary" to={redirect}>
                {t('login.back')}
              </ButtonLink>
            ) : null}
            <ButtonLink
              type={redirect ? 'default' : 'primary'}
              to={paths.services.list.getHref()}
            >
              {t('login.browse')}
            </ButtonLink>
          </Space>
        }
      />
    </div>
  );
}
