import { PATHS } from '../app/paths';
import { COMMON_MENU, menuFor } from './menu';

describe('the menu', () => {
  const paths = (entries: readonly { path: string }[]) => entries.map((entry) => entry.path);

  it('shows accounts administration to administrators and system administrators only', () => {
    expect(paths(menuFor(['admin']))).toContain(PATHS.accountsAdmin);
    expect(paths(menuFor(['system_admin']))).toContain(PATHS.accountsAdmin);
    expect(paths(menuFor(['leader', 'auditor']))).not.toContain(PATHS.accountsAdmin);
  });

  it('draws, before the roles are known, only what every official has', () => {
    expect(paths(COMMON_MENU)).not.toContain(PATHS.accountsAdmin);
    expect(paths(COMMON_MENU)).toEqual(paths(menuFor([])));
  });
});
