import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';
import { useErrorMessage } from './use-error-message';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error);
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <div className="qf-state qf-state--error" role="alert">
      <WarningOutlined className="qf-state__icon" aria-hidden />
      <p className="qf-state__title">{t('errors.title')}</p>
      <p className="qf-state__text">{message}</p>
      {requestId ? (
        <p className="qf-state__request-id">
          {t('errors.requestId', { id: requestId })}
        </p>
      ) : null}
      {onRetry ? (
        <div className="qf-state__actions">
          <button
            type="button"
            className="qf-button qf-button--primary"
            onClick={onRetry}
          >
            {t('errors.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
