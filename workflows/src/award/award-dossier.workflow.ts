import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import {
  AwardDossierInput,
  AwardDossierResult,
  dossierActionUpdate,
  DossierActionResult,
  dossierStateQuery,
  refusalFailure,
} from '@tdkt/contracts';
import {
  applyDossierAction,
  currentAwardStep,
  DecisionEntry,
  dossierActionEntry,
  dossierSubmittedEntry,
  DossierState,
  initialDossierState,
  Refusal,
  refuseDossierAction,
} from '@tdkt/domain';
import { decisionBatch, reportRecorded } from '../audit/audit-record';
import { notificationActivities } from '../campaign-activities.proxy';
import { awardActivities } from './award-activities.proxy';
import { awardOutcomeNotice } from './award-notices';
import { keepRouteClocks } from './route-clocks';

/**
 * One list of nominees (a unit's tờ trình for one award form) along the route computed from the award
 * form and the unit's place in the tree: endorsements, appraisal, consultation, posting, council,
 * decision or forwarding. Every official's action is an Update refused by its validator before anything
 * changes; every step waits with a clock, and a step nobody acts on ends the dossier as `expired`.
 */
export async function awardDossierWorkflow(input: AwardDossierInput): Promise<AwardDossierResult> {
  const { facts } = input;
  let state = initialDossierState(facts, new Date().toISOString());
  let version = 0;
  let dueAt: string | null = null;
  const applied = new Map<string, DossierActionResult>();

  const record = async (snapshot: DossierState, entries: DecisionEntry[]) => {
    const decisions = decisionBatch(facts.campaignId, entries);
    // This step's own version: another step may be recorded while this one's activity runs.
    const stepVersion = ++version;
    await awardActivities.projectAwardDossier({
      campaignId: facts.campaignId,
      dossierId: facts.dossierId,
      state: snapshot,
      version: stepVersion,
      decisions,
    });
    reportRecorded({
      ...decisions,
      snapshot: {
        kind: 'dossier',
        dossierId: facts.dossierId,
        status: snapshot.status,
        stepIndex: snapshot.stepIndex,
        standings: snapshot.standings.map((standing) => standing.status),
        version: stepVersion,
      },
    });
  };
  const refusal = (request: Parameters<typeof refuseDossierAction>[2]) =>
    applied.has(request.requestId) ? undefined : refuseDossierAction(facts, state, request, new Date().toISOString());

  setHandler(dossierStateQuery, () => state);
  setHandler(
    dossierActionUpdate,
    async (request) => {
      const previous = applied.get(request.requestId);
      if (previous) return previous;
      throwRefusal(refusal(request));
      let decisionNumber: string | undefined;
      if (request.action.kind === 'decide') {
        const step = currentAwardStep(facts, state)!;
        const year = new Date().getUTCFullYear();
        decisionNumber = (
          await awardActivities.assignAwardDecisionNumber({
            dossierId: facts.dossierId,
            issuerUnitCode: step.unitCode,
            issuerCode: input.issuerCode,
            year,
          })
        ).number;
        // Another official's action may have been applied while the number was taken.
        throwRefusal(refusal(request));
      }
      const at = new Date().toISOString();
      state = applyDossierAction(facts, state, request, at, { decisionNumber });
      const result = { state };
      applied.set(request.requestId, result);
      await record(state, [dossierActionEntry(facts, state, request.requestId, request.actor, request.action, at, dueAt)]);
      return result;
    },
    { validator: (request) => throwRefusal(refusal(request)) },
  );

  await record(state, [dossierSubmittedEntry(facts, input.submittedBy, new Date().toISOString())]);
  await keepRouteClocks(input, {
    state: () => state,
    replace: (next) => void (state = next),
    record,
    opened: (due) => void (dueAt = due),
  });
  await notificationActivities.notify(awardOutcomeNotice(input, state));
  await condition(allHandlersFinished);
  return { status: state.status, standings: state.standings };
}

function throwRefusal(refusal: Refusal | undefined): void {
  if (refusal) throw refusalFailure(refusal);
}
