import { Spin } from 'antd';
import { useT } from '../i18n/i18n-context';

export function PageLoading() {
  const t = useT();
  return (
    <div className="page-loading">
      <Spin tip={t('app.loading')}>
        <div className="page-loading__space" />
      </Spin>
    </div>
  );
}
