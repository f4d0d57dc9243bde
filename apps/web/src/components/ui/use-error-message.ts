import { useTranslation } from 'react-i18next';
import { isApiError, type AppErrorCode } from '../../lib/api-client';

/** Turns any thrown value into a sentence a visitor can act on, in their language. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    // The server may one day send a code this build does not know yet.
    if (isApiError(error) && i18n.exists(`errors.${error.code}`)) {
      const key: `errors.${AppErrorCode}` = `errors.${error.code}`;
      return t(key);
    }
    return t('errors.unknown');
  };
}
