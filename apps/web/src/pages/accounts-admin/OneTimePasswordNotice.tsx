import { Alert, Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';

/** The one-time password the API gave, shown this once with a button that copies it. */
export function OneTimePasswordNotice({ password }: { password: string }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      message={t('accountsAdmin.oneTimePassword')}
      description={
        <>
          <Typography.Paragraph
            copyable={{ text: password, tooltips: [t('accountsAdmin.copy'), t('accountsAdmin.copied')] }}
            code
            data-testid="one-time-password"
            style={{ fontSize: 18, marginBottom: 8 }}
          >
            {password}
          </Typography.Paragraph>
          <Typography.Text>{t('accountsAdmin.oneTimePasswordNotice')}</Typography.Text>
        </>
      }
    />
  );
}
