import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/ui/button-link';
import { ErrorState } from '../../components/ui/error-state';
import { FormAlert } from '../../components/ui/form-alert';
import { useErrorMessage } from '../../components/ui/use-error-message';
import { paths } from '../../config/paths';
import {
  useUnsubscribe,
  useUnsubscribePreview,
} from '../../features/mail-settings/api/unsubscribe';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PageFallback } from '../layout/page-fallback';

// Signed out: the token in the link is the authority. Opening the page changes nothing (mail
// scanners open links); the button does, and turns off only what the link names.
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const preview = useUnsubscribePreview(token);
  const unsubscribe = useUnsubscribe(token);
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('unsubscribe.documentTitle'));

  if (preview.isPending) return <PageFallback />;
  if (preview.isError) {
    return (
      <ErrorState
        error={preview.error}
        onRetry={() => void preview.refetch()}
      />
    );
  }

  const info = unsubscribe.data ?? preview.data;
  const kinds = info.kinds
    .map((kind) => t(`mailSettings.kind.${kind}`))
    .join(t('unsubscribe.separator'));
  const done = unsubscribe.isSuccess || info.mode === 'off';
  return (
    <div className="qf-state qf-narrow">
      <Result
        status={done ? 'success' : 'info'}
        title={<h1 className="qf-state__heading">{t('unsubscribe.title')}</h1>}
        subTitle={
          <>
            <p>
              {unsubscribe.isSuccess
                ? t('unsubscribe.done', { email: info.email })
                : done
                  ? t('unsubscribe.alreadyOff')
                  : t('unsubscribe.confirm', { email: info.email })}
            </p>
            <p>
              <strong>{kinds}</strong>
            </p>
            {done ? null : <p>{t('unsubscribe.only')}</p>}
          </>
        }
        extra={
          <>
            {done ? null : (
              <Button
                type="primary"
                danger
                loading={unsubscribe.isPending}
                onClick={() => unsubscribe.mutate()}
              >
                {t('unsubscribe.submit')}
              </Button>
            )}
            <ButtonLink to={paths.account.home.getHref()}>
              {t('unsubscribe.settings')}
            </ButtonLink>
            <FormAlert
              message={
                unsubscribe.isError ? errorMessage(unsubscribe.error) : null
              }
            />
          </>
        }
      />
    </div>
  );
}
