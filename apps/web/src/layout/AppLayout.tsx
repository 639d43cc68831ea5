import { Layout } from 'antd';
import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../api/queries';
import { sessionStore } from '../session/session-store';
import { HeaderBar } from './HeaderBar';
import { MainNavigation } from './MainNavigation';
import { PageLoading } from './PageLoading';

const ChangePasswordPage = lazy(() => import('../pages/ChangePasswordPage'));

export default function AppLayout() {
  // A password given by an administrator: the API refuses everything else until it is changed, so the page is all there
  // is. Known from the sign-in before /me answers, so no page starts asking for what would be refused.
  const me = useMe();
  const mustChangePassword = me.data ? me.data.mustChangePassword : sessionStore.mustChangePassword();
  return (
    <Layout className="app-layout">
      <HeaderBar />
      {!mustChangePassword && <MainNavigation />}
      <Layout.Content className="app-content">
        {mustChangePassword ? (
          <Suspense fallback={<PageLoading />}>
            <ChangePasswordPage />
          </Suspense>
        ) : (
          <Outlet />
        )}
      </Layout.Content>
    </Layout>
  );
}
