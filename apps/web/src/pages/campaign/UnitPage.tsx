import { Typography } from 'antd';
import { useT } from '../../i18n/i18n-context';

export default function UnitPage() {
  const t = useT();
  return <Typography.Title level={2}>{t('nav.campaigns')}</Typography.Title>;
}
