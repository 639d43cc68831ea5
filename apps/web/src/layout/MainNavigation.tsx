import { Badge } from 'antd';
import { NavLink, useLocation } from 'react-router';
import { useInboxCount, useMe } from '../api/queries';
import { PATHS } from '../app/paths';
import { useT } from '../i18n/i18n-context';
import { menuFor } from './menu';

/**
 * The pages, with how many tasks wait in the inbox. Plain links that wrap on a phone: every page stays one tap away,
 * where a menu folding into "…" would hide them behind an unnamed button.
 */
export function MainNavigation() {
  const t = useT();
  const { pathname } = useLocation();
  const waiting = useInboxCount();
  const me = useMe();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {menuFor(me.data?.roles.map((role) => role.code) ?? []).map(({ path, label }) => (
          <li key={path}>
            <NavLink
              to={path}
              className="app-nav__link"
              // The page a path belongs to: the menu path it starts with (a campaign's page is under Phong trào).
              aria-current={pathname.startsWith(path) ? 'page' : undefined}
              data-testid={path === PATHS.inbox ? 'nav-inbox' : undefined}
            >
              {t(label)}
              {path === PATHS.inbox && (
                <Badge
                  count={waiting.data ?? 0}
                  showZero={false}
                  overflowCount={999}
                  data-testid="inbox-count"
                  className="app-nav__count"
                />
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
