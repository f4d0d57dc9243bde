import { withAccountPage } from './account-page';

// The provider workspace's pages bring their own words (i18n/zh-CN.workspace.ts) and styles
// (workspace-pages.css) on top of the account words (forms, errors), so the storefront's entry
// chunk carries neither.
export function withWorkspacePage<T>(load: () => Promise<T>): () => Promise<T> {
  return withAccountPage(() =>
    Promise.all([
      load(),
      import('../i18n/workspace').then((m) =>
        m.registerWorkspaceTranslations(),
      ),
      import('./workspace-pages.css'),
    ]).then(([module]) => module),
  );
}
