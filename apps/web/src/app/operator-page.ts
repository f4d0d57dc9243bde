import { withAccountPage } from './account-page';

// The operator console's pages bring their own words (i18n/zh-CN.operator.ts) and styles
// (operator-pages.css) on top of the account words (tiers, sizes, errors). Charts (ECharts)
// are imported only by these chunks, so the storefront never downloads them.

/** For operator widgets on storefront pages (listing moderation): only the operator words. */
export function withOperatorWords<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([
      load(),
      import('../i18n/operator').then((m) => m.registerOperatorTranslations()),
      import('./operator-pages.css'),
    ]).then(([module]) => module);
}

export function withOperatorPage<T>(load: () => Promise<T>): () => Promise<T> {
  return withAccountPage(withOperatorWords(load));
}
