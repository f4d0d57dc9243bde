import { useTranslation } from 'react-i18next';
import type { TranslationResources } from '../../i18n/zh-CN';
import { isApiError } from '../../lib/api-client';

type ErrorMessageKey =
  `errors.${keyof TranslationResources['errors'] & string}`;

/** Turns any thrown value into a sentence a visitor can act on, in their language. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (!isApiError(error)) return t('errors.unknown');
    // The server may send a code this build (or the words loaded so far) has no sentence
    // for; those get the general message. translations.spec.ts keeps the list complete.
    const key = `errors.${error.code}`;
    return i18n.exists(key) ? t(key as ErrorMessageKey) : t('errors.unknown');
  };
}
