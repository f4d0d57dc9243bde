import type { LifecycleStage } from '@qifu/contracts';
import { LIFECYCLE_STAGES } from '@qifu/contracts';
import { useTranslation } from 'react-i18next';

export function StageTags({ stages }: { stages: LifecycleStage[] }) {
  const { t } = useTranslation();
  // Always in life-cycle order, whatever order the data came in.
  const ordered = LIFECYCLE_STAGES.filter((stage) => stages.includes(stage));
  return (
    <span className="qf-tags">
      {ordered.map((stage) => (
        <span key={stage} className={`qf-tag qf-tag--stage qf-tag--${stage}`}>
          {t(`stage.${stage}`)}
        </span>
      ))}
    </span>
  );
}
