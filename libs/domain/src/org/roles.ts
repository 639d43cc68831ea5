/**
 * Roles an official can hold in their unit. Stored as these codes; labels are for display.
 * A role that "reaches descendants" lets its holder act on the unit's whole subtree,
 * otherwise only on the unit itself.
 */
export const ROLES = [
  'specialist',
  'leader',
  'deputy_leader',
  'council_member',
  'council_secretary',
  'board_appraiser',
  'auditor',
  'admin',
  // Runs the installation, not a tree: belongs to the unit of kind `system`, creates the independent roots and appoints
  // each tree's administrators; it reaches no tree's campaigns.
  'system_admin',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS_VI: Record<Role, string> = {
  specialist: 'Chuyên viên',
  leader: 'Lãnh đạo',
  deputy_leader: 'Phó lãnh đạo',
  council_member: 'Thành viên Hội đồng TĐKT',
  council_secretary: 'Thư ký Hội đồng TĐKT',
  board_appraiser: 'Cán bộ thẩm định Ban TĐKT',
  auditor: 'Thanh tra / kiểm toán',
  admin: 'Quản trị',
  system_admin: 'Quản trị hệ thống',
};

/** The kind of the unit system administrators belong to: a root of its own that takes part in no campaign. */
export const SYSTEM_UNIT_KIND = 'system';

/** Leaders, auditors and administrators oversee the units below theirs; the others act on their own unit. */
const REACHES_DESCENDANTS: ReadonlySet<Role> = new Set<Role>(['leader', 'deputy_leader', 'auditor', 'admin']);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleReachesDescendants(role: Role): boolean {
  return REACHES_DESCENDANTS.has(role);
}

/** Roles that only look: an official holding nothing but these may read, never change anything. */
export const READ_ONLY_ROLES: readonly Role[] = ['auditor'];

/** True when the official holds at least one role and every one of them is read-only. */
export function holdsOnlyReadOnlyRoles(roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((role) => READ_ONLY_ROLES.includes(role));
}
