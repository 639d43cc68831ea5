import { Badge, Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useInbox } from '../api/queries';
import { useT } from '../i18n/i18n-context';
import { HOME_PATH } from '../session/return-path';

const CAMPAIGNS_PATH = '/phong-trao';

/** The pages, with how many tasks wait in the inbox. */
export function MainNavigation() {
  const t = useT();
  const { pathname } = useLocation();
  const inbox = useInbox();
  const selected = pathname.startsWith(CAMPAIGNS_PATH) ? CAMPAIGNS_PATH : HOME_PATH;
  const items = [
    {
      key: HOME_PATH,
      label: (
        <Link to={HOME_PATH} data-testid="nav-inbox">
          {t('nav.inbox')} <Badge count={inbox.data?.total ?? 0} showZero={false} overflowCount={999} data-testid="inbox-count" />
        </Link>
      ),
    },
    { key: CAMPAIGNS_PATH, label: <Link to={CAMPAIGNS_PATH}>{t('nav.campaigns')}</Link> },
  ];
  return <Menu mode="horizontal" selectedKeys={[selected]} items={items} className="app-nav" />;
}
