import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button-link';
import { paths } from '../../config/paths';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ForbiddenRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  useDocumentTitle(t('forbidden.documentTitle'));
  return (
    <div className="qf-state qf-narrow">
      <Result
        status="403"
        title={<h1 className="qf-state__heading">{t('forbidden.title')}</h1>}
        subTitle={
          <>
            <p>{t('forbidden.text')}</p>
            {me ? (
              <p className="qf-muted">
                {t('forbidden.signedInAs', {
                  name: me.user.displayName,
                  organisation: me.organisation.name,
                })}
              </p>
            ) : null}
          </>
        }
        extra={
          <ButtonLink type="primary" to={paths.home.getHref()}>
            {t('forbidden.home')}
          </ButtonLink>
        }
      />
    </div>
  );
}
