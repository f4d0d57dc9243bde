import type { ProblemEventDto } from '@qifu/contracts';
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateMinute } from '../../../lib/format';
import { PROBLEM_STATUS_COLORS } from './problem-status-tag';

/** Every change, oldest first: what it became, who did it, when, and the note. */
export function ProblemTimeline({ events }: { events: ProblemEventDto[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      className="qf-intent-timeline"
      items={events.map((event) => ({
        key: event.id,
        color: PROBLEM_STATUS_COLORS[event.toStatus],
        content: (
          <div className="qf-intent-event">
            <div className="qf-intent-event__head">
              <strong>{t(`problemStatus.${event.toStatus}`)}</strong>{' '}
              <time className="qf-muted" dateTime={event.at}>
                {formatDateMinute(event.at)}
              </time>
            </div>
            <div className="qf-muted">
              {t('problems.actor', {
                name: event.actorName,
                role: t(`orgKind.${event.actorRole}`),
              })}
            </div>
            {event.note ? (
              <p className="qf-intent-event__note qf-prose">{event.note}</p>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
