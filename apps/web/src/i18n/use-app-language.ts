import { useTranslation } from 'react-i18next';
import { toAppLanguage, type AppLanguage } from './index';

export function useAppLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  return toAppLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/** Catalogue names come in both languages; pick the one the visitor reads. */
export function useLocalizedName() {
  const language = useAppLanguage();
  return (named: { nameZh: string; nameEn: string }) =>
    language === 'en-US' ? named.nameEn || named.nameZh : named.nameZh;
}
