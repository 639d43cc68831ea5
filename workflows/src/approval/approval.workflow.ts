import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import { ApprovalInput, ApprovalResult, approvalStateQuery, decideUpdate, refusalFailure } from '@tdkt/contracts';
import {
  applyDecision,
  ApprovalChain,
  ApprovalState,
  currentStep,
  DecisionEntry,
  DecisionRecord,
  DecisionRequest,
  initialApprovalState,
  planDecisionEntry,
  planSubmittedEntry,
  refuseDecision,
} from '@tdkt/domain';
import { auditActivities, decisionBatch, reportRecorded } from '../audit/audit-record';
import { notificationActivities } from '../campaign-activities.proxy';
import { DECISION_ANSWERS_BEFORE_NOTICE, DECISION_DUE_OF_ITS_TASK, HUMAN_TASK_CLOCKS } from '../patches';
import { decisionNotice } from './approval-notices';
import { isRevision, keepStepClocks, OpenStep, planTaskKey, REVISION } from './step-clocks';

/**
 * A reusable approval chain: the drafter submits, each step approves, returns for revision or rejects.
 * Every human action is an Update, refused by its validator before anything changes; an accepted one
 * answers once the decision is in the decision log and the approval read model. Each pending step has
 * its candidates' inbox row and a clock; the drafter hears of every decision, with its comment, in a notice
 * that follows the answer (the chain ends only once it is sent).
 */
export async function approvalWorkflow(input: ApprovalInput): Promise<ApprovalResult> {
  const chain: ApprovalChain = { drafter: input.drafter, steps: input.steps };
  let state = initialApprovalState(input.submitted);
  const applied = new Map<string, DecisionRecord>();
  // Chains started before steps had clocks carry no `clock` and keep running as they did.
  const clocked = input.clock !== undefined && patched(HUMAN_TASK_CLOCKS);
  // The last step opened, which chains started before DECISION_DUE_OF_ITS_TASK record as every decision's due date.
  let openStep: OpenStep | null = null;
  let openTask: OpenStep | null = null;
  let version = 0;
  let noticesInFlight = 0;

  const refusal = (request: DecisionRequest) => (applied.has(request.requestId) ? undefined : refuseDecision(chain, state, request));
  const record = async (snapshot: ApprovalState, entries: DecisionEntry[]) => {
    const decisions = decisionBatch(input.record.campaignId, entries);
    await auditActivities.projectApproval({ approval: snapshot, decisions, version: ++version });
    reportRecorded({ ...decisions, snapshot: { kind: 'approval', status: snapshot.status, decisions: snapshot.decisions.length } });
  };

  setHandler(approvalStateQuery, () => state);
  setHandler(
    decideUpdate,
    async (request) => {
      const previous = applied.get(request.requestId);
      if (previous) return previous;
      // Two officials can both pass validation before either is applied; the second loses here.
      throwRefusal(refusal(request));
      const step = currentStep(chain, state);
      const dueInForce = patched(DECISION_DUE_OF_ITS_TASK)
        ? dueOfTask(openTask, planTaskKey(step?.key ?? REVISION, state.round))
        : (openStep?.dueAt ?? null);
      state = applyDecision(chain, state, request, new Date().toISOString());
      const decision = state.decisions[state.decisions.length - 1];
      applied.set(request.requestId, decision);
      await record(state, [planDecisionEntry(decision, step, input.record.unitCode, dueInForce)]);
      if (clocked && decision.action !== 'submit') {
        const notice = notificationActivities.notify(decisionNotice(input, decision, step));
        // The official's click no longer waits for the mail relay; chains started before still do.
        if (!patched(DECISION_ANSWERS_BEFORE_NOTICE)) await notice;
        else {
          noticesInFlight++;
          // Retried until it succeeds: it fails only when the run is cancelled, and then nothing is left to send.
          void notice.catch(() => undefined).finally(() => noticesInFlight--);
        }
      }
      return decision;
    },
    { validator: (request) => throwRefusal(refusal(request)) },
  );

  // The drafter's creation of the plan is its first submission: on record before anyone decides.
  await record(
    state,
    input.submitted ? [planSubmittedEntry(input.drafter, input.record.unitCode, new Date().toISOString(), state.round)] : [],
  );
  const chainRecord = {
    state: () => state,
    record: async (snapshot: ApprovalState, entries: DecisionEntry[]) => {
      state = snapshot;
      await record(snapshot, entries);
    },
    opened: (task: OpenStep) => {
      openTask = task;
      if (!isRevision(task.taskKey)) openStep = task;
    },
  };
  if (clocked) await keepStepClocks(input, input.clock!, chainRecord);
  await condition(() => state.status === 'approved' || state.status === 'rejected' || state.status === 'expired');
  await condition(() => allHandlersFinished() && noticesInFlight === 0);
  return { outcome: state.status as ApprovalResult['outcome'], decisions: state.decisions };
}

/** The due date of the task a decision decides; none when that task's clock has not started (decided the instant it came). */
function dueOfTask(open: OpenStep | null, taskKey: string): string | null {
  return open?.taskKey === taskKey ? open.dueAt : null;
}

function throwRefusal(refusal: ReturnType<typeof refuseDecision>): void {
  if (refusal) throw refusalFailure(refusal);
}
