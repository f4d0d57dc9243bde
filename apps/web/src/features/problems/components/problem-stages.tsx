import { PROBLEM_STAGES, type ProblemSummaryDto } from '@qifu/contracts';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateMinute } from '../../../lib/format';

/** The overdue stages of a problem as red tags (nothing when all is on time). */
export function OverdueTags({
  problem,
}: {
  problem: Pick<ProblemSummaryDto, 'stages'>;
}) {
  const { t } = useTranslation();
  const overdue = PROBLEM_STAGES.filter((s) => problem.stages[s].overdue);
  return (
    <>
      {overdue.map((s) => (
        <Tag key={s} color="red">
          {t('problems.overdueStage', { stage: t(`problemStage.${s}`) })}
        </Tag>
      ))}
    </>
  );
}

/** The three 13710 stages: each deadline, when it was met, and whether it is (or was) overdue. */
export function ProblemStages({
  problem,
}: {
  problem: Pick<ProblemSummaryDto, 'stages' | 'hard'>;
}) {
  const { t } = useTranslation();
  return (
    <Descriptions
      column={1}
      size="small"
      items={PROBLEM_STAGES.map((s) => {
        const stage = problem.stages[s];
        const label =
          s === 'solve' && problem.hard
            ? `${t('problemStage.solve')}（${t('problems.hard')} 30）`
            : t(`problemStage.${s}`);
        return {
          key: s,
          label,
          children: (
            <span>
              {t('problems.due', { at: formatDateMinute(stage.dueAt) })}
              {stage.doneAt
                ? ` · ${t('problems.doneAt', { at: formatDateMinute(stage.doneAt) })}`
                : ''}{' '}
              {stage.overdue ? (
                <Tag color="red">{t('problems.overdue')}</Tag>
              ) : stage.late ? (
                <Tag color="orange">{t('problems.late')}</Tag>
              ) : stage.doneAt ? (
                <Tag color="green">{t('problems.onTime')}</Tag>
              ) : null}
            </span>
          ),
        };
      })}
    />
  );
}
