import { lazy, Suspense } from 'react';
import { useMe } from '../../lib/auth';
import { withIntentsWords } from '../intents-page';

// The bell (its polling, words and styles) loads only once someone is signed in, so a first
// visit to the storefront carries none of it.
const NotificationBell = lazy(
  withIntentsWords(() =>
    import('../../features/notifications/components/notification-bell').then(
      (m) => ({ default: m.NotificationBell }),
    ),
  ),
);

export function NotificationCorner() {
  const me = useMe().data;
  if (!me) return null;
  return (
    <Suspense fallback={null}>
      {/* Keyed by account: nothing of the previous account's bell survives a switch. */}
      <NotificationBell key={me.user.id} />
    </Suspense>
  );
}
