import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiRefusalError, useVerification } from '../../api/audit-queries';
import { refusalOf } from '../../api/refusal';
import { useT } from '../../i18n/i18n-context';
import { VerificationResult } from './VerificationResult';

/** Whole seconds since `since` (ms), ticking once a second: the check may take minutes, and the page shows it is alive. */
function useElapsedSeconds(since: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === undefined ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/** Runs the full verification of the campaign's record when asked, shows that it is running, then its verdict. */
export function VerificationPanel({ campaignId }: { campaignId: string }) {
  const t = useT();
  const verification = useVerification(campaignId);
  const seconds = useElapsedSeconds(verification.isPending ? verification.submittedAt : undefined);
  const failure =
    verification.error instanceof ApiRefusalError
      ? refusalOf(verification.error.status, verification.error.body, t('audit.verify.failed')).message
      : t('audit.verify.failed');

  return (
    <div className="verification-panel">
      <Typography.Paragraph>{t('audit.verify.intro')}</Typography.Paragraph>
      <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verification.isPending} onClick={() => verification.mutate()}>
        {t('audit.verify.run')}
      </Button>
      {/* Announced once when it starts; the ticking seconds are for the eye only. */}
      <div role="status" className="verification-panel__status">
        {verification.isPending && (
          <>
            <Spin size="small" /> {t('audit.verify.running')} <span aria-hidden="true">{t('audit.verify.elapsed', { seconds })}</span>
          </>
        )}
      </div>
      {verification.isError && <Alert type="error" showIcon message={failure} />}
      {verification.isSuccess && <VerificationResult report={verification.data} />}
    </div>
  );
}
