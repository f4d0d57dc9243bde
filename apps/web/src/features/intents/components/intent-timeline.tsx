import type { IntentEventDto } from '@qifu/contracts';
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateMinute } from '../../../lib/format';
import { INTENT_STATUS_COLORS } from './intent-status-tag';

/** Every move, oldest first: what it became, who did it (and as which party), when, and why. */
export function IntentTimeline({ events }: { events: IntentEventDto[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      className="qf-intent-timeline"
      items={events.map((event) => ({
        key: event.id,
        color:
          INTENT_STATUS_COLORS[event.to] === 'default'
            ? 'gray'
            : INTENT_STATUS_COLORS[event.to],
        content: (
          <div className="qf-intent-event">
            <div className="qf-intent-event__head">
              <strong>{t(`intentStatus.${event.to}`)}</strong>
              <time className="qf-muted" dateTime={event.at}>
                {formatDateMinute(event.at)}
              </time>
            </div>
            <div className="qf-muted">
              {t('intents.detail.actor', {
                name: event.actorName ?? t(`orgKind.${event.actorRole}`),
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
