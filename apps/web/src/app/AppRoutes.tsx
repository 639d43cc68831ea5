import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PageLoading } from '../layout/PageLoading';
import { RequireSession } from '../session/RequireSession';
import { LOGIN_PATH } from '../session/return-path';
import { SSO_LANDING_PATH } from '../sso/sso-paths';
import { PATHS } from './paths';

// Each page is its own chunk, and so is the signed-in layout: the login page loads neither the menu nor the tables.
const AppLayout = lazy(() => import('../layout/AppLayout'));
const LoginPage = lazy(() => import('../pages/LoginPage'));
const SsoLandingPage = lazy(() => import('../pages/SsoLandingPage'));
const InboxPage = lazy(() => import('../pages/InboxPage'));
const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage'));
const CampaignsPage = lazy(() => import('../pages/CampaignsPage'));
const NewCampaignPage = lazy(() => import('../pages/new-campaign/NewCampaignPage'));
const CampaignPage = lazy(() => import('../pages/campaign/CampaignPage'));
const UnitPage = lazy(() => import('../pages/campaign/UnitPage'));
const ObligationPage = lazy(() => import('../pages/obligation/ObligationPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const AwardsPage = lazy(() => import('../pages/awards/AwardsPage'));
const NewDossierPage = lazy(() => import('../pages/awards/NewDossierPage'));
const DossierPage = lazy(() => import('../pages/awards/DossierPage'));
const ChangePasswordPage = lazy(() => import('../pages/ChangePasswordPage'));
const AccountsAdminPage = lazy(() => import('../pages/accounts-admin/AccountsAdminPage'));
const OrgAdminPage = lazy(() => import('../pages/org-admin/OrgAdminPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path={LOGIN_PATH} element={<LoginPage />} />
        <Route path={SSO_LANDING_PATH} element={<SsoLandingPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to={PATHS.inbox} replace />} />
            <Route path={PATHS.inbox} element={<InboxPage />} />
            <Route path={PATHS.dashboard} element={<DashboardPage />} />
            <Route path={PATHS.campaigns} element={<CampaignsPage />} />
            <Route path={PATHS.newCampaign} element={<NewCampaignPage />} />
            <Route path={PATHS.campaign} element={<CampaignPage />} />
            <Route path={PATHS.unit} element={<UnitPage />} />
            <Route path={PATHS.obligation} element={<ObligationPage />} />
            <Route path={PATHS.audit} element={<AuditPage />} />
            <Route path={PATHS.awards} element={<AwardsPage />} />
            <Route path={PATHS.newAwardDossier} element={<NewDossierPage />} />
            <Route path={PATHS.awardDossier} element={<DossierPage />} />
            <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
            <Route path={PATHS.accountsAdmin} element={<AccountsAdminPage />} />
            <Route path={PATHS.orgAdmin} element={<OrgAdminPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
