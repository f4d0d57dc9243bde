import { useState } from 'react';
import type {
  ProblemDetailDto,
  ProblemStatus,
  ProblemTransitionField,
} from '@qifu/contracts';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemActionKey, ProblemMoveModal, type StaffOption } from './problem-move-modal';

export interface ProblemActionsProps {
  problem: Pick<ProblemDetailDto, 'id' | 'version' | 'actions'>;
  staff: StaffOption[];
}

/** Exactly the moves the API offers this caller now (`actions`, from the one transitions table), as buttons. */
export function ProblemActions({ problem, staff }: ProblemActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<{
    to: ProblemStatus;
    requires: ProblemTransitionField[];
  } | null>(null);
  const [stale, setStale] = useState(false);

  return (
    <>
      {stale ? (
        <Alert
          type="warning"
          showIcon
          message={t('problems.stale')}
          className="qf-form-alert"
        />
      ) : null}
      {problem.actions.length ? (
        <Space wrap>
          {problem.actions.map((a, i) => (
            <Button
              key={`${a.to}-${a.requires.join()}`}
              type={i === 0 ? 'primary' : 'default'}
              danger={a.to === 'reopened'}
              onClick={() => {
                setStale(false);
                setOpen(a);
              }}
            >
              {t(problemActionKey(a.to, a.requires))}
            </Button>
          ))}
        </Space>
      ) : (
        <p className="qf-muted">{t('problems.noActions')}</p>
      )}
      {open ? (
        <ProblemMoveModal
          problem={problem}
          to={open.to}
          requires={open.requires}
          staff={staff}
          onDone={(next) => {
            setOpen(null);
            void message.success(
              t('problems.moved', {
                status: t(`problemStatus.${next.status}`),
              }),
            );
          }}
          onStale={() => {
            setOpen(null);
            setStale(true);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
