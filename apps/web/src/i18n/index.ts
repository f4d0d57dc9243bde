import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export const APP_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN';

const STORAGE_KEY = 'qifu.language';

export function toAppLanguage(language: string | null | undefined): AppLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

// Chinese first: English only when the visitor chose it before.
function storedLanguage(): AppLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored ? toAppLanguage(stored) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function reflectLanguage(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = toAppLanguage(language);
  }
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: zhCN },
    'en-US': { translation: enUS },
  },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...APP_LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});
reflectLanguage(i18n.language);

i18n.on('languageChanged', (language) => {
  reflectLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, toAppLanguage(language));
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
});

export { i18n };
