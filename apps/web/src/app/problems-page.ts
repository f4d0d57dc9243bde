import { withAccountPage } from './account-page';

// The service desk pages (问题台账, 我的问题, a problem) bring their own words
// (i18n/zh-CN.problems.ts) on top of the account words (forms, errors).
export function withProblemsPage<T>(load: () => Promise<T>): () => Promise<T> {
  return withAccountPage(() =>
    Promise.all([
      load(),
      import('../i18n/problems').then((m) => m.registerProblemsTranslations()),
    ]).then(([module]) => module),
  );
}
