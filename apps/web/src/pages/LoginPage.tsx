import { Card, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { LoginForm } from '../session/LoginForm';
import { safeReturnPath } from '../session/return-path';
import { sessionStore } from '../session/session-store';
import { useAccessToken } from '../session/use-session';
import { SsoSignIn } from '../sso/SsoSignIn';

/** Signing in; then back to the page the official was on (?next=), or the inbox. */
export default function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const token = useAccessToken();
  const next = safeReturnPath(search.get('next'));
  if (token) return <Navigate to={next} replace />;

  return (
    <main className="login-page">
      <Card className="login-card">
        <div className="login-card__language">
          <LanguageSwitch />
        </div>
        <Typography.Title level={1} className="login-card__title">
          {t('login.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <LoginForm
          autoFocus
          notice={sessionStore.lastEnd() === 'expired' ? 'login.sessionExpired' : null}
          onSignedIn={() => void navigate(next, { replace: true })}
        />
        <SsoSignIn next={next} />
      </Card>
    </main>
  );
}
