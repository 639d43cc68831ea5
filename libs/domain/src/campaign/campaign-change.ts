import type { ActorRef } from '../approval/approval.types';
import { refuse, Refusal } from '../approval/refusal';
import type { DueDateSpec } from '../calendar/due-date';
import type { PlanDefinition } from '../plan/plan.types';

/**
 * A plan amended after issue: the deadlines of some phases moved, or set for the first time when the
 * plan announced them later. Keyed like the plan's `dueByLevel` ("xa", "default"…); a level not listed
 * keeps its deadline.
 */
export interface PhaseDeadlineChange {
  phaseKey: string;
  dueByLevel: Record<string, DueDateSpec>;
}

/** The issuer's leader amends a running campaign's plan, with the reason printed on the amendment. */
export interface PlanAmendment {
  requestId: string;
  actor: ActorRef;
  reason: string;
  phases: PhaseDeadlineChange[];
}

/** The issuer's leader suspends a running campaign (tạm dừng) or resumes a suspended one, with the reason. */
export interface CampaignPause {
  requestId: string;
  action: 'suspend' | 'resume';
  actor: ActorRef;
  reason: string;
}

/**
 * What the issuer changed in a running campaign, passed down the tree so every unit applies it to what
 * it still owes. Times are the campaign workflow's, so every unit computes the same shift.
 */
export type CampaignChange =
  | { kind: 'amended'; amendmentNumber: number; reason: string; phaseKeys: string[]; at: string }
  | { kind: 'suspended'; reason: string; at: string }
  | { kind: 'resumed'; reason: string; at: string; suspendedAt: string };

/** The plan with the amendment's deadlines in place of the old ones. */
export function amendPlan(plan: PlanDefinition, phases: readonly PhaseDeadlineChange[]): PlanDefinition {
  const byPhase = new Map(phases.map((change) => [change.phaseKey, change.dueByLevel]));
  return {
    ...plan,
    stages: plan.stages.map((stage) => ({
      ...stage,
      phases: stage.phases.map((phase) =>
        byPhase.has(phase.key) ? { ...phase, dueByLevel: { ...phase.dueByLevel, ...byPhase.get(phase.key) } } : phase,
      ),
    })),
  };
}

/** Why the amendment may not be applied now (the plan's own timeline is checked by the plan validator), or undefined. */
export function refuseAmendment(
  campaignStatus: string,
  issuerUnitCode: string,
  plan: PlanDefinition,
  amendment: PlanAmendment,
): Refusal | undefined {
  const notLeader = refuseNonLeader(amendment.actor, issuerUnitCode, 'điều chỉnh kế hoạch');
  if (notLeader) return notLeader;
  if (!amendment.reason?.trim())
    return refuse('invalid', 'Điều chỉnh kế hoạch phải nêu rõ lý do.', 'An amendment to the plan must give the reason.');
  if (!amendment.phases?.length)
    return refuse(
      'invalid',
      'Điều chỉnh kế hoạch phải nêu ít nhất một bước có thời hạn thay đổi.',
      'An amendment to the plan must name at least one step whose deadline changes.',
    );
  const known = new Set(plan.stages.flatMap((stage) => stage.phases.map((phase) => phase.key)));
  const unknown = amendment.phases.find((change) => !known.has(change.phaseKey));
  if (unknown) return refuse('invalid', `Kế hoạch không có bước "${unknown.phaseKey}".`, `The plan has no step "${unknown.phaseKey}".`);
  const empty = amendment.phases.find((change) => Object.keys(change.dueByLevel ?? {}).length === 0);
  if (empty)
    return refuse(
      'invalid',
      `Bước "${empty.phaseKey}" chưa ghi thời hạn mới cho cấp nào.`,
      `Step "${empty.phaseKey}" gives no new deadline for any level.`,
    );
  if (campaignStatus !== 'running' && campaignStatus !== 'suspended')
    return refuse(
      'conflict',
      `Phong trào đang ở trạng thái "${campaignStatus}": chỉ điều chỉnh được kế hoạch đã ban hành và đang thực hiện.`,
      `The campaign is "${campaignStatus}": only an issued plan being carried out can be amended.`,
    );
  return undefined;
}

/** Why the campaign may not be suspended or resumed now, or undefined when it may. */
export function refusePause(campaignStatus: string, issuerUnitCode: string, pause: CampaignPause): Refusal | undefined {
  const what = pause.action === 'suspend' ? 'tạm dừng phong trào' : 'cho phong trào tiếp tục';
  const notLeader = refuseNonLeader(pause.actor, issuerUnitCode, what);
  if (notLeader) return notLeader;
  if (!pause.reason?.trim())
    return refuse('invalid', `Việc ${what} phải nêu rõ lý do.`, `A decision to ${LEADER_ACTIONS_EN[what]} must give the reason.`);
  if (pause.action === 'suspend' && campaignStatus !== 'running')
    return refuse(
      'conflict',
      `Phong trào đang ở trạng thái "${campaignStatus}": chỉ tạm dừng được phong trào đang thực hiện.`,
      `The campaign is "${campaignStatus}": only a running campaign can be suspended.`,
    );
  if (pause.action === 'resume' && campaignStatus !== 'suspended')
    return refuse(
      'conflict',
      `Phong trào đang ở trạng thái "${campaignStatus}": chỉ phong trào đang tạm dừng mới tiếp tục được.`,
      `The campaign is "${campaignStatus}": only a suspended campaign can be resumed.`,
    );
  return undefined;
}

/**
 * The English twin of each `what` phrase the leaders' refusals are built from (the API passes the same phrases), so a
 * refusal answers in English without translating at each call site. A phrase missing here is answered in Vietnamese.
 */
const LEADER_ACTIONS_EN: Record<string, string> = {
  'điều chỉnh kế hoạch': 'amend the plan',
  'kết thúc hoặc hủy phong trào': 'close or cancel the campaign',
  'tạm dừng phong trào': 'suspend the campaign',
  'cho phong trào tiếp tục': 'resume the campaign',
};

/** The issuer's leaders (head or deputy) decide what happens to the campaign as a whole. */
export function refuseNonLeader(actor: ActorRef, issuerUnitCode: string, what: string): Refusal | undefined {
  if (actor.unitCode === issuerUnitCode && actor.roles.some((role) => role === 'leader' || role === 'deputy_leader')) return undefined;
  const whatEn = LEADER_ACTIONS_EN[what];
  return refuse(
    'forbidden',
    `Chỉ lãnh đạo cơ quan ban hành (${issuerUnitCode}) được ${what}.`,
    whatEn && `Only the leaders of the issuing body (${issuerUnitCode}) may ${whatEn}.`,
  );
}

const DAY_MS = 86_400_000;

/**
 * How far a suspension moves the deadlines still owed: its length, rounded up to whole days so a
 * deadline keeps its time of day (17:00 stays 17:00) and a unit never loses part of a day.
 */
export function suspensionShiftMs(suspendedAt: string, resumedAt: string): number {
  const paused = Date.parse(resumedAt) - Date.parse(suspendedAt);
  return paused <= 0 ? 0 : Math.ceil(paused / DAY_MS) * DAY_MS;
}
