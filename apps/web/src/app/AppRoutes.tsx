import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageLoading } from '../layout/PageLoading';
import { RequireSession } from '../session/RequireSession';
import { HOME_PATH, LOGIN_PATH } from '../session/return-path';

// Each page is its own chunk, and so is the signed-in layout: the login page loads neither the menu nor the tables.
const AppLayout = lazy(() => import('../layout/AppLayout'));
const LoginPage = lazy(() => import('../pages/LoginPage'));
const InboxPage = lazy(() => import('../pages/InboxPage'));
const CampaignsPage = lazy(() => import('../pages/CampaignsPage'));
const CampaignPage = lazy(() => import('../pages/CampaignPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path={LOGIN_PATH} element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to={HOME_PATH} replace />} />
            <Route path={HOME_PATH} element={<InboxPage />} />
            <Route path="/phong-trao" element={<CampaignsPage />} />
            <Route path="/phong-trao/:campaignId" element={<CampaignPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
