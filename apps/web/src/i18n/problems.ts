import { i18n } from './index';
import { zhCNProblems } from './zh-CN.problems';

let registered = false;

// The service desk pages' Chinese words travel with those pages (English loads whole when chosen).
export function registerProblemsTranslations(): void {
  if (registered) return;
  i18n.addResourceBundle('zh-CN', 'translation', zhCNProblems, true, false);
  registered = true;
}
