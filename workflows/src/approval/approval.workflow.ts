import { ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import {
  ApprovalInput,
  ApprovalResult,
  approvalStateQuery,
  decideUpdate,
  REFUSAL_FAILURE_TYPES,
} from '@tdkt/contracts';
import { applyDecision, ApprovalChain, DecisionRecord, DecisionRequest, initialApprovalState, refuseDecision } from '@tdkt/domain';

/**
 * A reusable approval chain: the drafter submits, each step approves, returns for revision or rejects.
 * Every human action is an Update, refused by its validator before anything changes.
 */
export async function approvalWorkflow(input: ApprovalInput): Promise<ApprovalResult> {
  const chain: ApprovalChain = { drafter: input.drafter, steps: input.steps };
  let state = initialApprovalState(input.submitted);
  const applied = new Map<string, DecisionRecord>();

  const refusal = (request: DecisionRequest) => (applied.has(request.requestId) ? undefined : refuseDecision(chain, state, request));

  setHandler(approvalStateQuery, () => state);
  setHandler(
    decideUpdate,
    (request) => {
      const previous = applied.get(request.requestId);
      if (previous) return previous;
      // Two officials can both pass validation before either is applied; the second loses here.
      throwRefusal(refusal(request));
      state = applyDecision(chain, state, request, new Date().toISOString());
      const record = state.decisions[state.decisions.length - 1];
      applied.set(request.requestId, record);
      return record;
    },
    { validator: (request) => throwRefusal(refusal(request)) },
  );

  await condition(() => state.status === 'approved' || state.status === 'rejected');
  return { outcome: state.status === 'approved' ? 'approved' : 'rejected', decisions: state.decisions };
}

function throwRefusal(refusal: ReturnType<typeof refuseDecision>): void {
  if (refusal) throw ApplicationFailure.create({ type: REFUSAL_FAILURE_TYPES[refusal.kind], message: refusal.message, nonRetryable: true });
}
