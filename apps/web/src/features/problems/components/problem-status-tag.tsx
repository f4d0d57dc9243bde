import type { ProblemStatus } from '@qifu/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export const PROBLEM_STATUS_COLORS: Record<ProblemStatus, string> = {
  reported: 'gold',
  accepted: 'blue',
  forwarded: 'purple',
  in_progress: 'cyan',
  solved: 'geekblue',
  reopened: 'red',
  confirmed: 'green',
};

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PROBLEM_STATUS_COLORS[status]}>
      {t(`problemStatus.${status}`)}
    </Tag>
  );
}
