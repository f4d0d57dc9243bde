import { i18n } from './index';
import { zhCNWorkspace } from './zh-CN.workspace';

let registered = false;

// The workspace pages' Chinese words travel with those pages (English loads whole when chosen).
export function registerWorkspaceTranslations(): void {
  if (registered) return;
  i18n.addResourceBundle('zh-CN', 'translation', zhCNWorkspace, true, false);
  registered = true;
}
