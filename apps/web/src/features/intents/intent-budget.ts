import type { IntentSummaryDto } from '@qifu/contracts';
import { formatMoney, type FormatLocale } from '../../lib/format';

/** "¥1万–¥3万", "¥8,000", or the negotiable label (面议). */
export function formatBudget(
  budget: IntentSummaryDto['budget'],
  locale: FormatLocale,
  negotiableLabel: string,
): string {
  const { min, max } = budget;
  if (budget.negotiable || (min === null && max === null))
    return negotiableLabel;
  if (min === null || max === null || min === max)
    return formatMoney((min ?? max) as number, locale);
  return `${formatMoney(min, locale)}–${formatMoney(max, locale)}`;
}
