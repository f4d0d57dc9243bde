import { i18n } from './index';
import { zhCNAccount } from './zh-CN.account';

let registered = false;

// The account pages' Chinese words travel with those pages (English loads whole when chosen).
export function registerAccountTranslations(): void {
  if (registered) return;
  i18n.addResourceBundle('zh-CN', 'translation', zhCNAccount, true, false);
  registered = true;
}
