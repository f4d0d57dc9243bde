import { lazy } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { paths } from '../../config/paths';
import { canAccess, useMe, type AccessRule } from '../../lib/auth';
import { withAccountPage } from '../account-page';
import { PageFallback } from './page-fallback';

export const ForbiddenRoute = lazy(
  withAccountPage(() =>
    import('../routes/forbidden').then((m) => ({ default: m.ForbiddenRoute })),
  ),
);

/**
 * Guards the pages below it: signed-out visitors go to sign-in and come back afterwards;
 * a signed-in account of the wrong kind or role sees 403 here (the address stays).
 */
export function RequireAccess({ rule }: { rule?: AccessRule }) {
  const me = useMe();
  const { pathname, search } = useLocation();

  if (me.data === undefined) {
    if (me.isError)
      return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
    return <PageFallback />;
  }
  if (me.data === null)
    return (
      <Navigate replace to={paths.auth.login.getHref(`${pathname}${search}`)} />
    );
  if (!canAccess(me.data, rule)) return <ForbiddenRoute />;
  return <Outlet />;
}
