import { Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { refreshSession } from '../session/refresh-session';
import { LOGIN_PATH, safeReturnPath } from '../session/return-path';
import { REFRESH_TOKEN_KEY } from '../session/storage-keys';

/**
 * Where the API sends the browser after a single sign-on, with the session's refresh token in the fragment (never sent
 * to a server, so never in a log). The fragment leaves the address bar at once, so it is neither in the history nor
 * shared by copying the link; the token is then exchanged like any refresh, and the official goes on to their page.
 */
export default function SsoLandingPage() {
  const t = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Read while rendering the first time; the effect below then takes it out of the address.
  const [refreshToken] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get('refresh'));
  const [failed, setFailed] = useState(refreshToken === null);
  // Once: a refresh token works only once.
  const started = useRef(false);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    if (started.current || !refreshToken) return;
    started.current = true;
    // refreshSession exchanges the token the session keeps; this one is put where it looks, and taken away on failure.
    sessionStorage.setItem(REFRESH_TOKEN_KEY, refreshToken);
    void refreshSession().then((signedIn) => {
      if (signedIn) {
        void navigate(safeReturnPath(search.get('next')), { replace: true });
      } else {
        sessionStorage.removeItem(REFRESH_TOKEN_KEY);
        setFailed(true);
      }
    });
  }, [navigate, refreshToken, search]);

  return (
    <main className="login-page">
      {failed ? (
        <Result
          status="error"
          title={t('sso.failedTitle')}
          subTitle={t('sso.sessionFailed')}
          extra={<Link to={LOGIN_PATH}>{t('sso.backToLogin')}</Link>}
        />
      ) : (
        <Spin size="large" tip={t('sso.opening')}>
          <div style={{ minHeight: 120 }} />
        </Spin>
      )}
    </main>
  );
}
