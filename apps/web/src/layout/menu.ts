import { PATHS } from '../app/paths';

// The app's pages in the navigation, in order. Plain data, so the inline first rows (src/first-rows) draw the same
// links as the real navigation (MainNavigation) before the app has loaded.
export const MENU = [
  { path: PATHS.inbox, label: 'nav.inbox' },
  { path: PATHS.dashboard, label: 'nav.dashboard' },
  { path: PATHS.campaigns, label: 'nav.campaigns' },
  { path: PATHS.awards, label: 'nav.awards' },
  { path: PATHS.audit, label: 'nav.audit' },
] as const;
