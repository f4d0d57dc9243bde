import type { IntentDetailDto, IntentStatus } from '@qifu/contracts';
import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateMinute } from '../../../lib/format';

/** The road an intent takes when all goes well; the other ends branch off it. */
export const MAIN_PATH = [
  'submitted',
  'accepted',
  'negotiating',
  'signed',
  'in_service',
  'completed',
] as const satisfies readonly IntentStatus[];

type MainStatus = (typeof MAIN_PATH)[number];

function isMain(status: IntentStatus | null): status is MainStatus {
  return (MAIN_PATH as readonly IntentStatus[]).includes(
    status as IntentStatus,
  );
}

export interface ProgressModel {
  /** The step reached (for an ending off the road: the step where it stopped). */
  current: number;
  status: 'process' | 'finish' | 'error';
  /** Set when the intent ended off the road (declined, withdrawn, closed). */
  ended: IntentStatus | null;
}

export function progressOf(
  intent: Pick<IntentDetailDto, 'status' | 'events'>,
): ProgressModel {
  if (isMain(intent.status)) {
    const current = MAIN_PATH.indexOf(intent.status);
    return {
      current,
      status: intent.status === 'completed' ? 'finish' : 'process',
      ended: null,
    };
  }
  // Declined, withdrawn or closed: the step after the last one reached shows how it ended.
  const last = [...intent.events].reverse().find((e) => e.to === intent.status);
  const from = last && isMain(last.from) ? MAIN_PATH.indexOf(last.from) : 0;
  return {
    current: Math.min(from + 1, MAIN_PATH.length - 1),
    status: 'error',
    ended: intent.status,
  };
}

export function IntentProgress({
  intent,
}: {
  intent: Pick<IntentDetailDto, 'status' | 'events'>;
}) {
  const { t } = useTranslation();
  const model = progressOf(intent);
  const reachedAt = (status: IntentStatus) =>
    [...intent.events].reverse().find((e) => e.to === status)?.at;

  return (
    <Steps
      className="qf-intent-steps"
      size="small"
      current={model.current}
      status={model.status}
      responsive
      items={MAIN_PATH.map((status, index) => {
        const shown: IntentStatus =
          model.ended && index === model.current ? model.ended : status;
        const at = index <= model.current ? reachedAt(shown) : undefined;
        return {
          title: t(`intentStatus.${shown}`),
          content: at ? formatDateMinute(at) : undefined,
        };
      })}
    />
  );
}
