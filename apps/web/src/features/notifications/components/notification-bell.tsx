import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
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
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="qf-bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="qf-bell__trigger"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={
          unread > 0
            ? t('notifications.labelUnread', { count: unread })
            : t('notifications.label')
        }
        onClick={() => setOpen(!open)}
      >
        <BellOutlined aria-hidden />
        {unread > 0 ? (
          <span
            className="qf-bell__count"
            aria-hidden
            data-testid="unread-count"
          >
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="qf-bell__panel" hidden={!open}>
        {open ? (
          <Suspense
            fallback={<p className="qf-bell__empty">{t('common.loading')}</p>}
          >
            <NotificationPanel onNavigate={() => setOpen(false)} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
