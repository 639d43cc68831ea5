import { PATHS } from '../app/paths';

// The app's pages in the navigation, in order. Plain data, so the inline first rows (src/first-rows) draw the same
// links as the real navigation (MainNavigation) before the app has loaded.
export const MENU = [
  { path: PATHS.inbox, label: 'nav.inbox' },
  { path: PATHS.dashboard, label: 'nav.dashboard' },
  { path: PATHS.campaigns, label: 'nav.campaigns' },
  { path: PATHS.awards, label: 'nav.awards' },
  { path: PATHS.audit, label: 'nav.audit' },
  // Only for those who hold one of `roles`; the inline first rows, drawn before the roles are known, leave it out.
  { path: PATHS.accountsAdmin, label: 'nav.accountsAdmin', roles: ['admin', 'system_admin'] },
  { path: PATHS.orgAdmin, label: 'nav.orgAdmin', roles: ['admin', 'system_admin'] },
] as const;

/** The menu an official holding `roles` sees. */
export const menuFor = (roles: readonly string[]) =>
  MENU.filter((entry) => !('roles' in entry) || entry.roles.some((role) => roles.includes(role)));

type MenuEntry = (typeof MENU)[number];

/** The menu before anyone's roles are known: the pages every official has. */
export const COMMON_MENU = MENU.filter((entry): entry is Exclude<MenuEntry, { roles: unknown }> => !('roles' in entry));
