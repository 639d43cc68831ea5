import { activityInfo, heartbeat } from '@temporalio/activity';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';
import {
  campaignChangedSignal,
  endParticipationSignal,
  PARTICIPATION_WORKFLOW_TYPE,
  ParticipationInput,
  participationWorkflowId,
} from '@tdkt/contracts';
import {
  CampaignChange,
  groupsOf,
  issuedAnchorOf,
  NATIONAL_CALENDAR,
  PlanOrgContext,
  selectParticipants,
  YearOverrides,
} from '@tdkt/domain';
import type { FrozenParticipant, ParticipantRoster } from '@tdkt/persistence';
import type { CampaignSnapshot } from './campaign-snapshot';
import { obligationsForUnit } from './obligations-for-unit';

export interface FanOutDeps {
  client: Client;
  taskQueue: string;
  loadCampaign(campaignId: string): Promise<CampaignSnapshot>;
  /** The tree today: read only to freeze a campaign's participants at its first fan-out step. */
  loadOrg(): Promise<PlanOrgContext & { names: ReadonlyMap<string, string> }>;
  roster: ParticipantRoster;
  /** Years of the national calendar an administrator entered. */
  loadEnteredYears(): Promise<YearOverrides>;
}

/** Workflow starts in flight at once: enough to keep the server busy without flooding it. */
const START_CONCURRENCY = 32;

/**
 * Fans a campaign out one level down the tree: the units that report to a given unit. Every unit
 * does the same for its own, so no workflow ever has more than its direct participants to start,
 * and none of them is a child (no pending-children limit, no parent history growing per unit).
 */
export function createFanOutActivities(deps: FanOutDeps) {
  /** The campaign's participants as the tree stood at its issue: computed by the first step that asks, then read back. */
  async function rosterOf(campaignId: string, plan: CampaignSnapshot['plan']): Promise<FrozenParticipant[]> {
    const frozen = await deps.roster.of(campaignId);
    if (frozen.length) return frozen;
    const org = await deps.loadOrg();
    const issuerCode = plan.issuer.unitCode;
    const issuer = org.units.get(issuerCode)!;
    const frozenOf = (unitCode: string, reportsTo: string, groupKeys: string[], compilerOnly: boolean): FrozenParticipant => {
      const unit = org.units.get(unitCode)!;
      const unitName = org.names.get(unitCode) ?? unitCode;
      return { unitCode, reportsTo, unitName, levelCode: unit.levelCode, kind: unit.kind, path: unit.path, groupKeys, compilerOnly };
    };
    return deps.roster.freeze(campaignId, [
      frozenOf(issuerCode, issuerCode, groupsOf(plan, issuer), false),
      ...selectParticipants(plan, org).map((p) => frozenOf(p.unitCode, p.reportsTo, p.groupKeys, p.compilerOnly ?? false)),
    ]);
  }

  async function participationInputs(campaignId: string, pick: (all: FrozenParticipant[], issuerCode: string) => FrozenParticipant[]) {
    const [campaign, entered] = await Promise.all([deps.loadCampaign(campaignId), deps.loadEnteredYears()]);
    const national = { ...NATIONAL_CALENDAR, ...entered };
    const issuerCode = campaign.plan.issuer.unitCode;
    const issuedAnchor = issuedAnchorOf(campaign.plan, campaign.issuedAt);
    const all = await rosterOf(campaignId, campaign.plan);
    const reporting = new Map<string, number>();
    for (const p of all) if (p.unitCode !== p.reportsTo) reporting.set(p.reportsTo, (reporting.get(p.reportsTo) ?? 0) + 1);
    const asInput = (p: FrozenParticipant): ParticipationInput => {
      const isIssuer = p.unitCode === issuerCode;
      const unit = { code: p.unitCode, levelCode: p.levelCode, kind: p.kind, groupKeys: p.groupKeys };
      return {
        campaignId,
        campaignTitle: campaign.plan.title,
        planNumber: campaign.planNumber,
        unitCode: p.unitCode,
        unitName: p.unitName,
        levelCode: p.levelCode,
        reportsTo: p.reportsTo,
        groupKey: p.groupKeys[0] ?? null,
        groupKeys: p.groupKeys,
        subParticipants: reporting.get(p.unitCode) ?? 0,
        obligations: obligationsForUnit(campaign.plan, unit, issuedAnchor, { isIssuer, compilerOnly: p.compilerOnly, national }),
        reminders: campaign.plan.reminders,
        ...(campaign.plan.taskLimits ? { taskLimits: campaign.plan.taskLimits } : {}),
        ...(campaign.plan.calendarOverrides ? { calendarOverrides: campaign.plan.calendarOverrides } : {}),
        ...(Object.keys(entered).length ? { nationalCalendar: entered } : {}),
      };
    };
    return pick(all, issuerCode).map(asInput);
  }

  /** The participants reporting directly to a unit: the ones it starts, ends and passes changes to. */
  const reportingTo = (campaignId: string, parentUnitCode: string) =>
    participationInputs(campaignId, (all) => all.filter((p) => p.reportsTo === parentUnitCode && p.unitCode !== parentUnitCode));

  return {
    async buildParticipationInput({ campaignId, unitCode }: { campaignId: string; unitCode: string }): Promise<ParticipationInput> {
      const [input] = await participationInputs(campaignId, (all) => all.filter((p) => p.unitCode === unitCode));
      if (!input) throw new Error(`Unit ${unitCode} does not take part in campaign ${campaignId}`);
      return input;
    },

    async endParticipants({
      campaignId,
      parentUnitCode,
      outcome,
      reason,
    }: {
      campaignId: string;
      parentUnitCode: string;
      outcome: 'closed' | 'cancelled';
      reason: string;
    }): Promise<{ ended: number }> {
      const inputs = await reportingTo(campaignId, parentUnitCode);
      const ended = await Promise.all(inputs.map((input) => signalEnd(deps, input, outcome, reason)));
      return { ended: ended.filter(Boolean).length };
    },
    async passChangeDown({
      campaignId,
      parentUnitCode,
      change,
    }: {
      campaignId: string;
      parentUnitCode: string;
      change: CampaignChange;
    }): Promise<{ reached: number }> {
      const inputs = await reportingTo(campaignId, parentUnitCode);
      const reached = await Promise.all(inputs.map((input) => signalRunning(deps, input, campaignChangedSignal, change)));
      return { reached: reached.filter(Boolean).length };
    },
    async startParticipants({ campaignId, parentUnitCode }: { campaignId: string; parentUnitCode: string }): Promise<{ started: number }> {
      const inputs = await reportingTo(campaignId, parentUnitCode);
      // Resume after a retry from the last batch the previous attempt reported as done.
      let next = (activityInfo().heartbeatDetails as number | undefined) ?? 0;
      while (next < inputs.length) {
        const batch = inputs.slice(next, next + START_CONCURRENCY);
        await Promise.all(batch.map((input) => startOnce(deps, input)));
        next += batch.length;
        heartbeat(next);
      }
      return { started: inputs.length };
    },
  };
}

async function startOnce(deps: FanOutDeps, input: ParticipationInput): Promise<void> {
  try {
    await deps.client.workflow.start(PARTICIPATION_WORKFLOW_TYPE, {
      taskQueue: deps.taskQueue,
      workflowId: participationWorkflowId(input.campaignId, input.unitCode),
      args: [input],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/** Signals one unit's participation to end; one that has already finished has nothing left to end. */
function signalEnd(deps: FanOutDeps, input: ParticipationInput, outcome: 'closed' | 'cancelled', reason: string): Promise<boolean> {
  return signalRunning(deps, input, endParticipationSignal, { outcome, reason });
}

/** Signals one unit's participation; false when it has already finished (nothing left to change). */
async function signalRunning<T>(deps: FanOutDeps, input: ParticipationInput, signal: SignalDefinition<[T]>, payload: T): Promise<boolean> {
  try {
    await deps.client.workflow.getHandle(participationWorkflowId(input.campaignId, input.unitCode)).signal(signal, payload);
    return true;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}
