import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/locale/zh_CN';
import {
  zhCN,
  type CoreTranslations,
  type TranslationResources,
} from './zh-CN';

export const APP_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN';

const STORAGE_KEY = 'qifu.language';

export function toAppLanguage(
  language: string | null | undefined,
): AppLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

// Chinese ships with the page; English (ours and antd's) loads when first chosen.
interface LanguagePack {
  /** Chinese starts with the storefront's words; the account pages add theirs (./account). */
  translation: CoreTranslations | TranslationResources;
  antd: AntdLocale;
}

const loaders: Record<AppLanguage, () => Promise<LanguagePack>> = {
  'zh-CN': async () => ({ translation: zhCN, antd: antdZhCN }),
  'en-US': async () => {
    const [{ enUS }, antd] = await Promise.all([
      import('./en-US'),
      import('antd/locale/en_US'),
    ]);
    return { translation: enUS, antd: antd.default };
  },
};

const antdLocales: Partial<Record<AppLanguage, AntdLocale>> = {
  'zh-CN': antdZhCN,
};

export function antdLocaleFor(language: AppLanguage): AntdLocale {
  return antdLocales[language] ?? antdZhCN;
}

void i18n.use(initReactI18next).init({
  // A copy: the account pages' words (errors included) merge into it, not into the module.
  resources: {
    'zh-CN': { translation: { ...zhCN, errors: { ...zhCN.errors } } },
  },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...APP_LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

function reflectLanguage(language: string) {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = toAppLanguage(language);
  }
}
reflectLanguage(i18n.language);

export async function changeAppLanguage(language: AppLanguage): Promise<void> {
  if (
    !i18n.hasResourceBundle(language, 'translation') ||
    !antdLocales[language]
  ) {
    const pack = await loaders[language]();
    i18n.addResourceBundle(
      language,
      'translation',
      pack.translation,
      true,
      true,
    );
    antdLocales[language] = pack.antd;
  }
  await i18n.changeLanguage(language);
  reflectLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
}

function storedLanguage(): AppLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored ? toAppLanguage(stored) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Resolves once the visitor's language (Chinese unless they chose English before) is ready. */
export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  if (language === DEFAULT_LANGUAGE) return;
  try {
    await changeAppLanguage(language);
  } catch {
    // If the English bundle cannot load, the page stays in Chinese.
  }
}

export { i18n };
