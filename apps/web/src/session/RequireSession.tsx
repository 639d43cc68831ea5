import { Navigate, Outlet, useLocation } from 'react-router';
import { loginPathReturningTo } from './return-path';
import { useAccessToken } from './use-session';

/** The app's pages need a session: without one (never signed in, logged out, or a 401), the login page, then back here. */
export function RequireSession() {
  const token = useAccessToken();
  const location = useLocation();
  if (!token) return <Navigate to={loginPathReturningTo(location.pathname + location.search)} replace />;
  return <Outlet />;
}
