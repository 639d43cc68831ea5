import { Alert, Button, Divider } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import { useT } from '../i18n/i18n-context';
import { ssoStartUrl } from './sso-paths';
import { ssoRefusalMessage } from './sso-refusal';

/**
 * The login page's second way in, when the API has the province's single sign-on configured; and, after a refused
 * one, why. The button's text is the operator's (OIDC_LABEL): it names the province's own portal.
 */
export function SsoSignIn({ next }: { next: string }) {
  const t = useT();
  const [search] = useSearchParams();
  const [label, setLabel] = useState<string | null>(null);
  const refusal = ssoRefusalMessage(search);

  useEffect(() => {
    let current = true;
    // Without an answer there is no button: passwords still work.
    void api
      .GET('/auth/oidc')
      .then(({ data }) => {
        if (current && data?.enabled) setLabel(data.label);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  return (
    <>
      {refusal && <Alert type="error" showIcon message={t(refusal)} style={{ marginTop: 16 }} />}
      {label && (
        <>
          <Divider plain>{t('sso.or')}</Divider>
          <Button block href={ssoStartUrl(next)}>
            {label}
          </Button>
        </>
      )}
    </>
  );
}
