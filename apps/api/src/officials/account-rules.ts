import { Actor, canActOnUnit, Role, SYSTEM_UNIT_KIND } from '@tdkt/domain';

// The guard rails of account administration, as pure functions so each rule has its own unit spec.

/**
 * May `actor` run the accounts of a unit at `unitPath`? An administrator: the units of their own subtree. A system
 * administrator: every tree, since they appoint each tree's administrators (their own scope over campaigns stays empty).
 */
export function administersAccountsIn(actor: Actor, unitPath: string): boolean {
  return actor.roles.includes('system_admin') || canActOnUnit(actor, unitPath, ['admin']);
}

export type RuleRefusal = { kind: 'forbidden' | 'invalid'; message: string };

/** Why the roles `next` may not be given in a unit of kind `unitKind` to an official now holding `current`; null when they may. */
export function roleChangeRefusal(
  actor: Actor,
  target: { officialId: string | null; unitKind: string; current: readonly Role[] },
  next: readonly Role[],
): RuleRefusal | null {
  const givesOrRelievesSystemAdmin = next.includes('system_admin') !== target.current.includes('system_admin');
  if (givesOrRelievesSystemAdmin && !actor.roles.includes('system_admin'))
    return { kind: 'forbidden', message: 'Chỉ Quản trị hệ thống mới giao hoặc thôi giao vai trò Quản trị hệ thống.' };
  if (next.includes('system_admin') && target.unitKind !== SYSTEM_UNIT_KIND)
    return {
      kind: 'invalid',
      message: `Vai trò Quản trị hệ thống chỉ giao cho cán bộ của đơn vị quản trị hệ thống (loại "${SYSTEM_UNIT_KIND}"), không thuộc cây đơn vị nào.`,
    };
  if (target.officialId === actor.officialId) {
    for (const role of ['admin', 'system_admin'] as const)
      if (target.current.includes(role) && !next.includes(role))
        return {
          kind: 'invalid',
          message:
            role === 'admin'
              ? 'Không tự thôi vai trò Quản trị của chính mình: hãy nhờ một quản trị viên khác, để đơn vị không mất người quản trị.'
              : 'Không tự thôi vai trò Quản trị hệ thống của chính mình: hãy nhờ một quản trị hệ thống khác.',
        };
  }
  return null;
}

/** An official holding system_admin is administered by system administrators only, wherever their unit sits. */
export function mayTouchHolder(actor: Actor, targetRoles: readonly Role[]): boolean {
  return !targetRoles.includes('system_admin') || actor.roles.includes('system_admin');
}

/** Why `effectiveOn` cannot date a posting that follows one valid from `openSince`; null when it can. */
export function effectiveOnRefusal(effectiveOn: string, today: string, openSince: string | null): string | null {
  const parsed = new Date(`${effectiveOn}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== effectiveOn)
    return `Ngày hiệu lực "${effectiveOn}" không có thật.`;
  if (effectiveOn > today) return `Ngày hiệu lực ${effectiveOn} chưa đến: hãy ghi khi quyết định có hiệu lực (hôm nay là ${today}).`;
  if (openSince !== null && effectiveOn < openSince)
    return `Ngày hiệu lực ${effectiveOn} trước ngày bắt đầu vị trí hiện tại (${openSince}); lịch sử công tác không ghi lùi được.`;
  return null;
}
