import type { ActorRef } from '../../approval/approval.types';
import type { Role } from '../../org/roles';
import type { AwardRouteStep } from '../award-route.types';
import type { DossierFacts } from './dossier.types';

/** Roles that may act in each route role: a deputy acts for the leader (and signs "KT."). */
const ACTING_ROLES: Record<AwardRouteStep['role'], Role[]> = {
  leader: ['leader', 'deputy_leader'],
  board_appraiser: ['board_appraiser'],
  specialist: ['specialist'],
  council_secretary: ['council_secretary'],
};

/** A council's secretary is one of its members. */
const COUNCIL_ROLES: Role[] = ['council_member', 'council_secretary'];

export function actingRoles(step: AwardRouteStep): Role[] {
  return ACTING_ROLES[step.role];
}

/**
 * Whether the official may act at the route's step `stepIndex`: holding the step's role in one of the
 * units resolved for it. A leader acts only for their own unit (the province's chairman, not a
 * department's director, decides its Bằng khen).
 */
export function mayActAt(facts: DossierFacts, stepIndex: number, actor: ActorRef, roles?: Role[]): boolean {
  const step = facts.route.steps[stepIndex];
  if (!step || !actor.roles.some((role) => (roles ?? ACTING_ROLES[step.role]).includes(role))) return false;
  return (facts.stepUnits[stepIndex] ?? [step.unitCode]).includes(actor.unitCode);
}

/** Any member of the council at the step (the secretary included) may cast a ballot. */
export function mayVoteAt(facts: DossierFacts, stepIndex: number, actor: ActorRef): boolean {
  return mayActAt(facts, stepIndex, actor, COUNCIL_ROLES);
}

/** Who answers objections and records a central outcome: the appraiser of the route. */
export function appraiseStepIndex(facts: DossierFacts): number {
  return facts.route.steps.findIndex((step) => step.kind === 'appraise');
}

/** Who acts at the step, in Vietnamese: "lãnh đạo của đơn vị X". */
export function describeActor(facts: DossierFacts, stepIndex: number): string {
  const step = facts.route.steps[stepIndex];
  const who: Record<AwardRouteStep['role'], string> = {
    leader: 'lãnh đạo',
    board_appraiser: 'cán bộ thẩm định Ban Thi đua – Khen thưởng',
    specialist: 'công chức phụ trách thi đua – khen thưởng',
    council_secretary: 'thư ký Hội đồng Thi đua – Khen thưởng',
  };
  return `${who[step.role]} của đơn vị ${stepUnitsOf(facts, stepIndex).join(' / ')}`;
}

/** describeActor's English twin, for refusals answered in English: "the leader of unit X". */
export function describeActorEn(facts: DossierFacts, stepIndex: number): string {
  const step = facts.route.steps[stepIndex];
  const who: Record<AwardRouteStep['role'], string> = {
    leader: 'the leader',
    board_appraiser: 'the Emulation and Commendation Board appraiser',
    specialist: 'the emulation and commendation officer',
    council_secretary: 'the secretary of the Emulation and Commendation Council',
  };
  return `${who[step.role]} of unit ${stepUnitsOf(facts, stepIndex).join(' / ')}`;
}

const stepUnitsOf = (facts: DossierFacts, stepIndex: number): string[] => {
  const step = facts.route.steps[stepIndex];
  return facts.stepUnits[stepIndex] ?? [step.unitCode];
};
