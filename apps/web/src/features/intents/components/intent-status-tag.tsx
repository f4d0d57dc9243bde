import type { IntentStatus } from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Open states in cool colours along the way, the good end green, the other ends grey or red.
export const INTENT_STATUS_COLORS: Record<IntentStatus, string> = {
  submitted: 'blue',
  accepted: 'cyan',
  negotiating: 'gold',
  signed: 'purple',
  in_service: 'geekblue',
  completed: 'green',
  declined: 'red',
  withdrawn: 'default',
  closed: 'default',
};

export function IntentStatusTag({ status }: { status: IntentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={INTENT_STATUS_COLORS[status]} data-status={status}>
      {t(`intentStatus.${status}`)}
    </Tag>
  );
}
