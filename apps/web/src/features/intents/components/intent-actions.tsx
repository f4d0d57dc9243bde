import { useState } from 'react';
import type {
  IntentDetailDto,
  IntentStatus,
  TransitionField,
} from '@qifu/contracts';
import { Alert, App, Button, Popconfirm, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import {
  isStaleIntentError,
  useTransitionIntent,
} from '../api/transition-intent';
import { TransitionModal } from './transition-modal';

export interface IntentActionsProps {
  intent: Pick<IntentDetailDto, 'id' | 'version' | 'actions'>;
}

// Moves that end or undo something ask first; the rest happen on a click.
const CONFIRM: readonly IntentStatus[] = ['withdrawn', 'completed'];
const DANGER: readonly IntentStatus[] = ['declined', 'withdrawn', 'closed'];

function buttonProps(to: IntentStatus, first: boolean): ButtonProps {
  if (DANGER.includes(to)) return { danger: true };
  return first ? { type: 'primary' } : {};
}

/** Exactly the moves the API offers this caller now (`actions`), as buttons. */
export function IntentActions({ intent }: IntentActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const transition = useTransitionIntent();
  const [open, setOpen] = useState<{
    to: IntentStatus;
    requires: TransitionField[];
  } | null>(null);
  const [stale, setStale] = useState(false);
  const [pendingTo, setPendingTo] = useState<IntentStatus | null>(null);

  const done = (next: IntentDetailDto) => {
    setOpen(null);
    setStale(false);
    void message.success(
      t('intents.transition.done', {
        status: t(`intentStatus.${next.status}`),
      }),
    );
  };
  const onStale = () => {
    setOpen(null);
    setStale(true);
  };

  const move = (to: IntentStatus) => {
    setStale(false);
    setPendingTo(to);
    transition.mutate(
      { id: intent.id, to, version: intent.version },
      {
        onSuccess: done,
        onError: (error) =>
          isStaleIntentError(error)
            ? onStale()
            : void message.error(errorMessage(error)),
        onSettled: () => setPendingTo(null),
      },
    );
  };

  const forward = intent.actions.filter((a) => !DANGER.includes(a.to));

  return (
    <div className="qf-intent-actions">
      {stale ? (
        <Alert
          type="warning"
          showIcon
          title={t('intents.transition.conflict')}
        />
      ) : null}
      {intent.actions.length === 0 ? (
        <p className="qf-muted">{t('intents.detail.noActions')}</p>
      ) : (
        <div className="qf-intent-actions__buttons">
          {intent.actions.map((action) => {
            const label = t(`intentAction.${action.to}`);
            const props = buttonProps(action.to, forward[0] === action);
            const busy = transition.isPending && pendingTo === action.to;
            if (action.requires.length > 0)
              return (
                <Button
                  key={action.to}
                  {...props}
                  onClick={() => {
                    setStale(false);
                    setOpen({ to: action.to, requires: action.requires });
                  }}
                >
                  {label}
                </Button>
              );
            if (CONFIRM.includes(action.to))
              return (
                <Popconfirm
                  key={action.to}
                  title={t(
                    `intents.transition.confirm.${action.to as 'withdrawn' | 'completed'}`,
                  )}
                  okText={label}
                  cancelText={t('form.cancel')}
                  okButtonProps={{ danger: DANGER.includes(action.to) }}
                  onConfirm={() => move(action.to)}
                >
                  <Button {...props} loading={busy}>
                    {label}
                  </Button>
                </Popconfirm>
              );
            return (
              <Button
                key={action.to}
                {...props}
                loading={busy}
                disabled={transition.isPending && !busy}
                onClick={() => move(action.to)}
              >
                {label}
              </Button>
            );
          })}
        </div>
      )}
      {open ? (
        <TransitionModal
          intent={intent}
          to={open.to}
          requires={open.requires}
          onDone={done}
          onStale={onStale}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
