import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { HOME_PATH } from '../session/return-path';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Link to={HOME_PATH}>
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
