import { i18n } from './index';
import { zhCNOperator } from './zh-CN.operator';

let registered = false;

// The operator console's Chinese words travel with its pages (English loads whole when chosen).
export function registerOperatorTranslations(): void {
  if (registered) return;
  i18n.addResourceBundle('zh-CN', 'translation', zhCNOperator, true, false);
  registered = true;
}
