import { useState } from 'react';
import type { ProblemDetailDto } from '@qifu/contracts';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { IntentStatusTag } from '../../intents/components/intent-status-tag';
import { RequestServiceModal } from './request-service-modal';

export interface ProblemBridgeProps {
  problem: Pick<
    ProblemDetailDto,
    | 'id'
    | 'version'
    | 'description'
    | 'company'
    | 'intent'
    | 'canRequestService'
  >;
}

/** The marketplace request made for a problem, or (for an operator, while it is open) the button to make one. */
export function ProblemBridge({ problem }: ProblemBridgeProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [stale, setStale] = useState(false);
  const intent = problem.intent;

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
      {intent ? (
        <p className="qf-tags">
          {/* The link's name holds its visible text (WCAG 2.5.3, label in name). */}
          <Link
            to={paths.intents.detail.getHref(intent.id)}
            aria-label={t('problems.bridge.openIntent', {
              intent: t('problems.bridge.intent', {
                service: intent.serviceTitle ?? '—',
                provider: intent.providerName,
              }),
            })}
          >
            {t('problems.bridge.intent', {
              service: intent.serviceTitle ?? '—',
              provider: intent.providerName,
            })}
          </Link>
          <IntentStatusTag status={intent.status} />
        </p>
      ) : (
        <p className="qf-muted">{t('problems.bridge.none')}</p>
      )}
      {problem.canRequestService ? (
        <Button
          onClick={() => {
            setStale(false);
            setOpen(true);
          }}
        >
          {t('problems.bridge.button')}
        </Button>
      ) : null}
      {open ? (
        <RequestServiceModal
          problem={problem}
          onDone={() => {
            setOpen(false);
            void message.success(t('problems.bridge.done'));
          }}
          onStale={() => {
            setOpen(false);
            setStale(true);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
