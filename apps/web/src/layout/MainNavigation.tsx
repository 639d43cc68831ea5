import { Badge, Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useInbox } from '../api/queries';
import { PATHS } from '../app/paths';
import { useT } from '../i18n/i18n-context';

// The page a path belongs to: the longest menu path it starts with (a campaign's page is under Phong trào).
const MENU_PATHS = [PATHS.inbox, PATHS.dashboard, PATHS.campaigns, PATHS.audit];
const menuPathOf = (pathname: string) => MENU_PATHS.find((path) => pathname.startsWith(path)) ?? PATHS.inbox;

/** The pages, with how many tasks wait in the inbox. */
export function MainNavigation() {
  const t = useT();
  const { pathname } = useLocation();
  const inbox = useInbox();
  const items = [
    {
      key: PATHS.inbox,
      label: (
        <Link to={PATHS.inbox} data-testid="nav-inbox">
          {t('nav.inbox')} <Badge count={inbox.data?.total ?? 0} showZero={false} overflowCount={999} data-testid="inbox-count" />
        </Link>
      ),
    },
    { key: PATHS.dashboard, label: <Link to={PATHS.dashboard}>{t('nav.dashboard')}</Link> },
    { key: PATHS.campaigns, label: <Link to={PATHS.campaigns}>{t('nav.campaigns')}</Link> },
    { key: PATHS.audit, label: <Link to={PATHS.audit}>{t('nav.audit')}</Link> },
  ];
  return <Menu mode="horizontal" selectedKeys={[menuPathOf(pathname)]} items={items} className="app-nav" />;
}
