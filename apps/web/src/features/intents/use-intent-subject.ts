import type { IntentSummaryDto } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { useLocalizedName } from '../../i18n/use-app-language';

/** The title of an intent: its service, or "咨询：<category>" when asked of a provider. */
export function useIntentSubject() {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  return (intent: Pick<IntentSummaryDto, 'service' | 'category'>) =>
    intent.service?.title ??
    t('intents.consultSubject', { category: localizedName(intent.category) });
}
