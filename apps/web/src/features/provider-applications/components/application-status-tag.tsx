import type { ProviderStatus } from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<ProviderStatus, string> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
};

export function ApplicationStatusTag({ status }: { status: ProviderStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`applicationStatus.${status}`)}</Tag>;
}
