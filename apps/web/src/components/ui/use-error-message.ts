import { useTranslation } from 'react-i18next';
import { zhCN } from '../../i18n/zh-CN';
import { isApiError } from '../../lib/api-client';

type ErrorMessageCode = keyof typeof zhCN.errors;

// The server may send a code this build has no words for yet; those get the general message.
function hasMessage(code: string): code is ErrorMessageCode {
  return Object.prototype.hasOwnProperty.call(zhCN.errors, code);
}

/** Turns any thrown value into a sentence a visitor can act on, in their language. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string =>
    isApiError(error) && hasMessage(error.code)
      ? t(`errors.${error.code}`)
      : t('errors.unknown');
}
