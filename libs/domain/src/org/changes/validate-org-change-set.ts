import { isLocalDate } from '../../calendar/local-date';
import { applyOrgChange } from './org-change-rules';
import { OrgChangeEffects, OrgChangeError, OrgChangeSet, OrgChangeSetValidation, OrgSnapshot } from './org-change.types';
import { readOrgChangeSet } from './read-org-change-set';
import { WorkingTree } from './working-tree';

/** How far from today an effective day may be: a reform entered late, or one prepared ahead, not a typo's century. */
const MAX_YEARS_AWAY = 10;

/**
 * Reads and checks a change set against the tree: every problem, each at its path, or the typed set. The changes
 * apply in order, each checked against what the earlier ones leave; `today` is 'YYYY-MM-DD' in Vietnam.
 */
export function validateOrgChangeSet(raw: unknown, snapshot: OrgSnapshot, today: string): OrgChangeSetValidation {
  const read = readOrgChangeSet(raw);
  if (!read.value) return { ok: false, errors: read.errors };
  const set = read.value;
  const errors: OrgChangeError[] = [];
  const years = Math.abs(Number(set.effectiveOn.slice(0, 4)) - Number(today.slice(0, 4)));
  if (isLocalDate(today) && years > MAX_YEARS_AWAY) {
    errors.push({
      path: 'effectiveOn',
      message: `Ngày có hiệu lực ${set.effectiveOn} cách hôm nay hơn ${MAX_YEARS_AWAY} năm; kiểm tra lại năm.`,
      en: `The effective date ${set.effectiveOn} is more than ${MAX_YEARS_AWAY} years from today; check the year.`,
    });
  }
  const tree = new WorkingTree(snapshot);
  set.changes.forEach((change, index) => errors.push(...applyOrgChange(tree, change, `changes[${index}]`)));
  return errors.length ? { ok: false, errors } : { ok: true, value: set };
}

/** The effects of a valid set on the tree; throws on a set validateOrgChangeSet would refuse. */
export function planOrgChanges(set: OrgChangeSet, snapshot: OrgSnapshot): OrgChangeEffects {
  const tree = new WorkingTree(snapshot);
  set.changes.forEach((change, index) => {
    const errors = applyOrgChange(tree, change, `changes[${index}]`);
    if (errors.length) throw new Error(`Org change set no longer holds: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  });
  return tree.result();
}
