import { lazy, Suspense } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { HeaderDropdown } from '../../../components/ui/header-dropdown';
import { useUnreadCount } from '../api/get-unread-count';

const NotificationPanel = lazy(() =>
  import('./notification-panel').then((m) => ({
    default: m.NotificationPanel,
  })),
);

/** The header's bell: the unread count (polled), and on click the recent notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data ?? 0;
  return (
    <HeaderDropdown
      block="qf-bell"
      panel="panel"
      label={
        unread > 0
          ? t('notifications.labelUnread', { count: unread })
          : t('notifications.label')
      }
      trigger={<BellOutlined aria-hidden />}
      badge={{ count: unread, testId: 'unread-count' }}
    >
      {(close, open) =>
        // The panel (and its chunk) loads only once the bell is opened.
        open ? (
          <Suspense
            fallback={<p className="qf-bell__empty">{t('common.loading')}</p>}
          >
            <NotificationPanel onNavigate={close} />
          </Suspense>
        ) : null
      }
    </HeaderDropdown>
  );
}
