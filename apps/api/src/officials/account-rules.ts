import { Actor, canActOnUnit, Role, SYSTEM_UNIT_KIND } from '@tdkt/domain';
import type { Bilingual } from '../common/problem/said';

// The guard rails of account administration, as pure functions so each rule has its own unit spec.

/**
 * May `actor` run the accounts of a unit at `unitPath`? An administrator: the units of their own subtree. A system
 * administrator: every tree, since they appoint each tree's administrators (their own scope over campaigns stays empty).
 */
export function administersAccountsIn(actor: Actor, unitPath: string): boolean {
  return actor.roles.includes('system_admin') || canActOnUnit(actor, unitPath, ['admin']);
}

/** `message` in Vietnamese, `en` its English (the problem filter answers the one the request asks for). */
export type RuleRefusal = { kind: 'forbidden' | 'invalid'; message: string; en: string };

/** Why the roles `next` may not be given in a unit of kind `unitKind` to an official now holding `current`; null when they may. */
export function roleChangeRefusal(
  actor: Actor,
  target: { officialId: string | null; unitKind: string; current: readonly Role[] },
  next: readonly Role[],
): RuleRefusal | null {
  const givesOrRelievesSystemAdmin = next.includes('system_admin') !== target.current.includes('system_admin');
  if (givesOrRelievesSystemAdmin && !actor.roles.includes('system_admin'))
    return {
      kind: 'forbidden',
      message: 'Chỉ Quản trị hệ thống mới giao hoặc thôi giao vai trò Quản trị hệ thống.',
      en: 'Only a system administrator may give or take away the System administrator role.',
    };
  if (next.includes('system_admin') && target.unitKind !== SYSTEM_UNIT_KIND)
    return {
      kind: 'invalid',
      message: `Vai trò Quản trị hệ thống chỉ giao cho cán bộ của đơn vị quản trị hệ thống (loại "${SYSTEM_UNIT_KIND}"), không thuộc cây đơn vị nào.`,
      en: `The System administrator role is given only to officials of the system administration unit (kind "${SYSTEM_UNIT_KIND}"), which belongs to no unit tree.`,
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
          en:
            role === 'admin'
              ? 'You cannot give up your own Administrator role: ask another administrator, so the unit is not left without one.'
              : 'You cannot give up your own System administrator role: ask another system administrator.',
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
  return effectiveOnRefusalWords(effectiveOn, today, openSince)?.message ?? null;
}

/** effectiveOnRefusal in both languages, for the refusal the API answers with. */
export function effectiveOnRefusalWords(effectiveOn: string, today: string, openSince: string | null): Bilingual | null {
  const parsed = new Date(`${effectiveOn}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== effectiveOn)
    return { message: `Ngày hiệu lực "${effectiveOn}" không có thật.`, en: `The effective date "${effectiveOn}" does not exist.` };
  if (effectiveOn > today)
    return {
      message: `Ngày hiệu lực ${effectiveOn} chưa đến: hãy ghi khi quyết định có hiệu lực (hôm nay là ${today}).`,
      en: `The effective date ${effectiveOn} has not come yet: record it once the decision takes effect (today is ${today}).`,
    };
  if (openSince !== null && effectiveOn < openSince)
    return {
      message: `Ngày hiệu lực ${effectiveOn} trước ngày bắt đầu vị trí hiện tại (${openSince}); lịch sử công tác không ghi lùi được.`,
      en: `The effective date ${effectiveOn} is before the current posting began (${openSince}); the posting history cannot be written backwards.`,
    };
  return null;
}
