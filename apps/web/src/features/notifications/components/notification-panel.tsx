import {
  INTENT_STATUSES,
  PROBLEM_STAGES,
  type IntentStatus,
  type NotificationDto,
  type ProblemStage,
} from '@qifu/contracts';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { paths } from '../../../config/paths';
import { formatDateMinute } from '../../../lib/format';
import { useNotifications } from '../api/get-notifications';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from '../api/mark-read';

function isStatus(value: unknown): value is IntentStatus {
  return (INTENT_STATUSES as readonly unknown[]).includes(value);
}

function isStage(value: unknown): value is ProblemStage {
  return (PROBLEM_STAGES as readonly unknown[]).includes(value);
}

/** Where a notification leads: the problem it is about, else its cooperation intent. */
export function notificationHref(n: NotificationDto): string {
  if (n.problemId) return paths.problems.detail.getHref(n.problemId);
  return n.intentId ? paths.intents.detail.getHref(n.intentId) : paths.home.getHref();
}

/** The server writes titles in Chinese; the kind and detail say the same in either language. */
export function useNotificationText() {
  const { t } = useTranslation();
  return (n: NotificationDto): { title: string; preview: string | null } => {
    const preview =
      typeof n.detail.preview === 'string' ? n.detail.preview : null;
    if (n.kind === 'transition' && isStatus(n.detail.to))
      return { title: t(`notifications.transition.${n.detail.to}`), preview };
    if (n.kind === 'problem_overdue' && isStage(n.detail.stage)) {
      // The company and the category say which problem; the server wrote them at the time.
      const about = [n.detail.companyName, n.detail.categoryName]
        .filter((x): x is string => typeof x === 'string')
        .join(' · ');
      return {
        title: t(`notifications.problemOverdue.${n.detail.stage}`),
        preview: about || null,
      };
    }
    if (n.kind === 'message' || n.kind === 'overdue' || n.kind === 'rating')
      return { title: t(`notifications.kind.${n.kind}`), preview };
    return { title: n.title, preview };
  };
}

export function NotificationPanel({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const query = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const text = useNotificationText();
  const anyUnread = query.data?.items.some((n) => n.readAt === null) ?? false;

  return (
    <section className="qf-bell__section" aria-label={t('notifications.title')}>
      <header className="qf-bell__head">
        <strong>{t('notifications.title')}</strong>
        <Button
          type="link"
          size="small"
          disabled={!anyUnread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate(undefined)}
        >
          {t('notifications.markAll')}
        </Button>
      </header>
      {query.isPending ? (
        <p className="qf-bell__empty">{t('common.loading')}</p>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <p className="qf-bell__empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="qf-bell__list">
          {query.data.items.map((n) => {
            const { title, preview } = text(n);
            const unread = n.readAt === null;
            return (
              <li key={n.id}>
                <Link
                  to={notificationHref(n)}
                  className={
                    unread
                      ? 'qf-bell__item qf-bell__item--unread'
                      : 'qf-bell__item'
                  }
                  onClick={() => {
                    if (unread) markRead.mutate(n.id);
                    onNavigate();
                  }}
                >
                  <span className="qf-bell__title">
                    {unread ? (
                      <span className="qf-visually-hidden">
                        {t('notifications.unreadMark')}
                      </span>
                    ) : null}
                    {title}
                  </span>
                  {preview ? (
                    <span className="qf-bell__preview">{preview}</span>
                  ) : null}
                  <time className="qf-bell__time" dateTime={n.at}>
                    {formatDateMinute(n.at)}
                  </time>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
