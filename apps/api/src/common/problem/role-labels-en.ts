import type { Role } from '@tdkt/domain';

/** The roles in English, for refusals answered in English; a role missing here is named by its code. */
const ROLE_LABELS_EN: Partial<Record<Role, string>> = {
  specialist: 'Specialist',
  leader: 'Leader',
  deputy_leader: 'Deputy leader',
  council_member: 'Emulation and Commendation Council member',
  council_secretary: 'Council secretary',
  board_appraiser: 'Emulation and Commendation Board appraiser',
  auditor: 'Inspector / auditor',
  admin: 'Administrator',
  system_admin: 'System administrator',
};

export const roleLabelEn = (role: Role): string => ROLE_LABELS_EN[role] ?? role;
