import type { AwardDossier, CouncilRuleView, DossierNomination, RouteStep } from '../../api/award-queries';

// What the dossier page reads off a dossier: who is still in the running, where the route stands, the council's rule,
// and the bodies of the actions built from the forms' values.

/** The names no step has stopped yet, in the list's order. */
export const runningNames = (dossier: Pick<AwardDossier, 'nominations'>): DossierNomination[] =>
  dossier.nominations.filter((nomination) => nomination.standing.status === 'in_progress');

export const awardedCount = (dossier: Pick<AwardDossier, 'nominations'>): number =>
  dossier.nominations.filter((nomination) => nomination.standing.status === 'awarded').length;

export interface RouteProgress {
  /** The step antd's Steps highlights: the one waiting, or past the last once decided. */
  current: number;
  status: 'process' | 'finish' | 'error';
}

/** Where the route stands: the step waiting; every step done once decided; the step it stopped at otherwise. */
export function routeProgress(dossier: Pick<AwardDossier, 'status' | 'stepIndex' | 'route'>): RouteProgress {
  switch (dossier.status) {
    case 'decided':
      return { current: dossier.route.length, status: 'finish' };
    case 'closed_unawarded':
    case 'expired':
      return { current: Math.min(dossier.stepIndex, dossier.route.length - 1), status: 'error' };
    default:
      return { current: dossier.stepIndex, status: 'process' };
  }
}

/** The step waiting now, if any. */
export const currentStep = (dossier: Pick<AwardDossier, 'stepIndex' | 'route'>): RouteStep | undefined =>
  (dossier.route as RouteStep[])[dossier.stepIndex];

/** The council's rule: the current step's when it is the council, else the route's council step's. */
export function councilRule(dossier: Pick<AwardDossier, 'stepIndex' | 'route'>): CouncilRuleView | undefined {
  const steps = dossier.route as RouteStep[];
  return (steps[dossier.stepIndex]?.kind === 'council' ? steps[dossier.stepIndex] : steps.find((step) => step.kind === 'council'))?.council;
}

/** A row of the pass form's "not passed on" list, by the name's position in the dossier. */
export interface DropValues {
  drop?: boolean;
  reason?: string;
}

/** The names the official ticked not to pass on, each with its reason, for `pass`. */
export function droppedOf(
  drops: readonly (DropValues | undefined)[] | Record<number, DropValues | undefined> | undefined,
  running: readonly number[],
): { index: number; reason: string }[] {
  const rows = drops as Record<number, DropValues | undefined> | undefined;
  return running.flatMap((index) => (rows?.[index]?.drop ? [{ index, reason: rows[index]?.reason?.trim() ?? '' }] : []));
}

/** The choices or points of a ballot, keyed by position as the API takes them ("0", "1"…), for the names in the running. */
export function byPosition<T>(running: readonly number[], valueOf: (index: number) => T): Record<string, T> {
  return Object.fromEntries(running.map((index) => [String(index), valueOf(index)]));
}
