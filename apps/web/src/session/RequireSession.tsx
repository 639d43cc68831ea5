import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathReturningTo } from './return-path';
import { sessionStore } from './session-store';
import { useAccessToken } from './use-session';

// Its form is only needed when a session expires: kept out of the first load.
const SessionExpiredDialog = lazy(() => import('./SessionExpiredDialog'));

/**
 * The app's pages need a session. Never signed in or logged out: the login page, then back here. Expired while
 * working (a 401): the page stays, under a dialog to sign in again, so nothing typed is lost.
 */
export function RequireSession() {
  const token = useAccessToken();
  const location = useLocation();
  if (token) return <Outlet />;
  if (sessionStore.lastEnd() === 'expired')
    return (
      <>
        <Outlet />
        <Suspense>
          <SessionExpiredDialog />
        </Suspense>
      </>
    );
  return <Navigate to={loginPathReturningTo(location.pathname + location.search)} replace />;
}
