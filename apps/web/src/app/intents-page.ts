import { withAccountPage } from './account-page';

// The intent pages, ratings and the header's bell bring their own words (i18n/zh-CN.intents.ts)
// and styles (intents-pages.css), so the storefront's entry chunk carries neither.

/** For pages and widgets that show intent words but no account words (ratings, the bell). */
export function withIntentsWords<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([
      load(),
      import('../i18n/intents').then((m) => m.registerIntentsTranslations()),
      import('./intents-pages.css'),
    ]).then(([module]) => module);
}

/** For the signed-in intent pages: they also use the account words (forms, roles, errors). */
export function withIntentsPage<T>(load: () => Promise<T>): () => Promise<T> {
  return withAccountPage(withIntentsWords(load));
}
