// Account pages bring their own words (i18n/zh-CN.account.ts) and styles (account-pages.css),
// so the storefront's entry chunk carries neither. Wrap each such page's loader with this.
export function withAccountPage<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([
      load(),
      import('../i18n/account').then((m) => m.registerAccountTranslations()),
      import('./account-pages.css'),
    ]).then(([module]) => module);
}
