import { activityInfo, heartbeat } from '@temporalio/activity';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { SignalDefinition } from '@temporalio/common';
import { campaignChangedSignal, endParticipationSignal, ParticipationInput, participationWorkflowId } from '@tdkt/contracts';
import {
  CampaignChange,
  groupsOf,
  issuedAnchorOf,
  NATIONAL_CALENDAR,
  Participant,
  PlanOrgContext,
  selectParticipants,
  YearOverrides,
} from '@tdkt/domain';
import type { CampaignSnapshot } from './campaign-snapshot';
import { obligationsForUnit } from './obligations-for-unit';

export interface FanOutDeps {
  client: Client;
  taskQueue: string;
  loadCampaign(campaignId: string): Promise<CampaignSnapshot>;
  loadOrg(): Promise<PlanOrgContext & { names: ReadonlyMap<string, string> }>;
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
  async function participationInputs(campaignId: string, pick: (all: Participant[], issuerCode: string) => Participant[] | 'issuer') {
    const [campaign, org, entered] = await Promise.all([deps.loadCampaign(campaignId), deps.loadOrg(), deps.loadEnteredYears()]);
    const national = { ...NATIONAL_CALENDAR, ...entered };
    const issuerCode = campaign.plan.issuer.unitCode;
    const issuedAnchor = issuedAnchorOf(campaign.plan, campaign.issuedAt);
    const all = selectParticipants(campaign.plan, org);
    const reporting = new Map<string, number>();
    for (const p of all) reporting.set(p.reportsTo, (reporting.get(p.reportsTo) ?? 0) + 1);
    const chosen = pick(all, issuerCode);
    const asInput = (
      unitCode: string,
      reportsTo: string,
      groupKeys: string[],
      isIssuer: boolean,
      compilerOnly = false,
    ): ParticipationInput => {
      const unit = org.units.get(unitCode)!;
      return {
        campaignId,
        campaignTitle: campaign.plan.title,
        planNumber: campaign.planNumber,
        unitCode,
        unitName: org.names.get(unitCode) ?? unitCode,
        levelCode: unit.levelCode,
        reportsTo,
        groupKey: groupKeys[0] ?? null,
        groupKeys,
        subParticipants: reporting.get(unitCode) ?? 0,
        obligations: obligationsForUnit(campaign.plan, { ...unit, groupKeys }, issuedAnchor, { isIssuer, compilerOnly, national }),
        reminders: campaign.plan.reminders,
        ...(campaign.plan.taskLimits ? { taskLimits: campaign.plan.taskLimits } : {}),
        ...(campaign.plan.calendarOverrides ? { calendarOverrides: campaign.plan.calendarOverrides } : {}),
        ...(Object.keys(entered).length ? { nationalCalendar: entered } : {}),
      };
    };
    if (chosen === 'issuer') return [asInput(issuerCode, issuerCode, groupsOf(campaign.plan, org.units.get(issuerCode)!), true)];
    return chosen.map((p) => asInput(p.unitCode, p.reportsTo, p.groupKeys, false, p.compilerOnly));
  }

  /** The participants reporting directly to a unit: the ones it starts, ends and passes changes to. */
  const reportingTo = (campaignId: string, parentUnitCode: string) =>
    participationInputs(campaignId, (all) => all.filter((p) => p.reportsTo === parentUnitCode && p.unitCode !== parentUnitCode));

  return {
    async buildParticipationInput({ campaignId, unitCode }: { campaignId: string; unitCode: string }): Promise<ParticipationInput> {
      const [input] = await participationInputs(campaignId, (all, issuerCode) =>
        unitCode === issuerCode ? 'issuer' : all.filter((p) => p.unitCode === unitCode),
      );
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
    await deps.client.workflow.start('participationWorkflow', {
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
