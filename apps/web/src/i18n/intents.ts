import { i18n } from './index';
import { zhCNIntents } from './zh-CN.intents';

let registered = false;

// The intent pages' Chinese words travel with those pages (English loads whole when chosen).
export function registerIntentsTranslations(): void {
  if (registered) return;
  i18n.addResourceBundle('zh-CN', 'translation', zhCNIntents, true, false);
  registered = true;
}
