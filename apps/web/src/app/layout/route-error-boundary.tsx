import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { useErrorMessage } from '../../components/ui/use-error-message';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Last resort for a page that threw while rendering, or whose code chunk failed to load. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = useErrorMessage()(error);
  useDocumentTitle(t('errors.title'));
  return (
    <div className="qf-state qf-state--error" role="alert">
      <WarningOutlined className="qf-state__icon" aria-hidden />
      <h1 className="qf-state__heading">{t('errors.title')}</h1>
      <p className="qf-state__text">{message}</p>
      <div className="qf-state__actions">
        <button
          type="button"
          className="qf-button qf-button--primary"
          onClick={() => window.location.reload()}
        >
          {t('errors.reload')}
        </button>
      </div>
    </div>
  );
}
