import { ROLES } from '@tdkt/domain';
import type { MessageKey } from '../../i18n/messages';

/** The roles an administrator may give, in the domain's order; the system administrator's only to those who hold it. */
export function roleOptions(t: (key: MessageKey) => string, mayGiveSystemAdmin: boolean): { value: string; label: string }[] {
  return ROLES.filter((role) => mayGiveSystemAdmin || role !== 'system_admin').map((role) => ({
    value: role,
    label: t(`role.${role}` as MessageKey),
  }));
}
