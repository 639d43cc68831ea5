/**
 * The route a nomination list travels, computed from the award form and where the nominating unit sits
 * in the tree, so nobody writes it by hand and every dossier for the same form from the same unit goes
 * the same way. A commune's Giấy khen never leaves the commune; a Sở's never reaches the province's
 * People's Committee; a Bằng khen of the Thủ tướng from a commune goes up through its district to the
 * province, which appraises it, puts it to its council and forwards it.
 */
import { refuse, type Refusal } from '../approval/refusal';
import type { UnitRecord } from '../org/org.types';
import type { AwardCatalogueEntry, AwardStepKind, DecidingUnitRule, StepLimits } from './award-catalogue.types';
import type { AwardRoute, AwardRouteStep } from './award-route.types';

/**
 * `path` is the nominating unit first, then each parent, the root last. The result is the route, or a
 * refusal when no unit on the path may decide the form (a Front committee asking for a Giấy khen that
 * only a People's Committee or a Sở decides).
 */
export function computeAwardRoute(entry: AwardCatalogueEntry, stepLimits: StepLimits, path: readonly UnitRecord[]): AwardRoute | Refusal {
  assertChain(path);
  const rootIndex = path.length - 1;
  const central = entry.decidedBy.kind === 'central';
  // A central award is decided above the tree: its root appraises and forwards it.
  const deciderIndex = entry.decidedBy.kind === 'central' ? rootIndex : nearestDecider(entry.decidedBy.units, path);
  if (deciderIndex < 0) {
    return refuse(
      'invalid',
      `Không có đơn vị nào từ ${path[0].name} trở lên có thẩm quyền quyết định "${entry.name}" (thẩm quyền: ${entry.decidedBy.title}).`,
      `No unit from ${path[0].name} upwards has the authority to decide "${entry.name}" (authority: ${entry.decidedBy.title}).`,
    );
  }
  const decider = path[deciderIndex];
  const days = (kind: AwardStepKind) => entry.stepLimits?.[kind] ?? stepLimits[kind];
  const step = (kind: AwardStepKind, unit: UnitRecord, role: AwardRouteStep['role']): AwardRouteStep => ({
    kind,
    unitCode: unit.code,
    role,
    workingDays: days(kind),
  });
  // The provincial Ban Thi đua – Khen thưởng appraises what the province's chairman decides or forwards;
  // a commune, a district or a Sở appraises its own head's awards with its own officials.
  const appraiser: AwardRouteStep['role'] = central || deciderIndex === rootIndex ? 'board_appraiser' : 'specialist';

  const steps: AwardRouteStep[] = [step('propose', path[0], 'leader')];
  for (const unit of path.slice(1, deciderIndex)) steps.push(step('endorse', unit, 'leader'));
  steps.push(step('appraise', decider, appraiser));
  if (entry.consultation) steps.push(step('consult', decider, appraiser));
  if (entry.postingWorkingDays) {
    // The step cannot end before the list has been up for the whole posting period.
    const posting = entry.postingWorkingDays;
    steps.push({ ...step('post', decider, appraiser), workingDays: Math.max(days('post'), posting), postingWorkingDays: posting });
  }
  if (entry.council) steps.push({ ...step('council', decider, 'council_secretary'), council: entry.council });
  steps.push(
    entry.decidedBy.kind === 'central'
      ? { ...step('forward', decider, 'leader'), forwardTo: entry.decidedBy.body }
      : step('decide', decider, 'leader'),
  );
  return { awardKey: entry.key, decidingUnitCode: decider.code, steps };
}

/** Whether a route was computed, or refused. */
export function isRouteRefusal(result: AwardRoute | Refusal): result is Refusal {
  return !('steps' in result);
}

/** The index of the first unit on the path, the nominating unit included, whose head may decide; -1 for none. */
function nearestDecider(rules: readonly DecidingUnitRule[], path: readonly UnitRecord[]): number {
  return path.findIndex((unit) =>
    rules.some((rule) => rule.levelCode === unit.levelCode && (!rule.unitKinds?.length || rule.unitKinds.includes(unit.kind))),
  );
}

/** A path that is not a chain of parents is the caller's mistake, not the official's. */
function assertChain(path: readonly UnitRecord[]): void {
  if (path.length === 0) throw new Error('An award route needs the nominating unit and its parents');
  path.slice(1).forEach((parent, i) => {
    if (path[i].parentCode !== parent.code) throw new Error(`${parent.code} is not the parent of ${path[i].code}`);
  });
}
