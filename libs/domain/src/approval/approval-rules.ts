import { refuse, Refusal } from './refusal';
import { ActorRef, ApprovalState, ApprovalStep, Capacity, DecisionRecord, DecisionRequest } from './approval.types';

export interface ApprovalChain {
  drafter: ActorRef;
  steps: ApprovalStep[];
}

export function initialApprovalState(submitted: boolean): ApprovalState {
  return { status: submitted ? 'pending' : 'draft', stepIndex: 0, round: submitted ? 1 : 0, decisions: [] };
}

export function currentStep(chain: ApprovalChain, state: ApprovalState): ApprovalStep | undefined {
  return state.status === 'pending' ? chain.steps[state.stepIndex] : undefined;
}

/** Why `request` may not be applied now, or undefined when it may. Checked before anything changes. */
export function refuseDecision(chain: ApprovalChain, state: ApprovalState, request: DecisionRequest): Refusal | undefined {
  if (!request.requestId?.trim()) return refuse('invalid', 'Thiếu mã yêu cầu (requestId).');
  if (request.action === 'submit') return refuseSubmission(chain, state, request.actor);
  if (state.status !== 'pending') return refuse('conflict', `Hồ sơ đang ở trạng thái "${state.status}", không chờ duyệt.`);
  const step = chain.steps[state.stepIndex];
  if (request.actor.unitCode !== step.unitCode || !request.actor.roles.some((role) => step.roles.includes(role))) {
    return refuse('forbidden', `Bước "${step.label}" do ${step.roles.join('/')} của đơn vị ${step.unitCode} quyết định.`);
  }
  if ((request.action === 'return' || request.action === 'reject') && !request.comment?.trim()) {
    return refuse('invalid', 'Trả lại hoặc từ chối phải kèm ý kiến nêu rõ lý do.');
  }
  if (request.action === 'approve' && step.signs) return refuseCapacity(step, request.actor, request.capacity ?? null);
  return undefined;
}

/** The capacity recorded for a decision: a deputy's signature is always "KT.". */
export function capacityOf(step: ApprovalStep | undefined, actor: ActorRef, requested: Capacity | undefined): Capacity {
  if (!step?.signs) return null;
  if (!actor.roles.includes('leader') && actor.roles.includes('deputy_leader')) return 'KT';
  return requested ?? null;
}

/** The state after `request`; call only when refuseDecision returned undefined. */
export function applyDecision(chain: ApprovalChain, state: ApprovalState, request: DecisionRequest, at: string): ApprovalState {
  const step = currentStep(chain, state);
  const round = request.action === 'submit' ? state.round + 1 : state.round;
  const record: DecisionRecord = {
    requestId: request.requestId,
    action: request.action,
    actor: request.actor,
    stepKey: request.action === 'submit' ? null : step?.key ?? null,
    capacity: request.action === 'approve' ? capacityOf(step, request.actor, request.capacity) : null,
    comment: request.comment?.trim() || null,
    at,
    round,
  };
  const decisions = [...state.decisions, record];
  switch (request.action) {
    case 'submit':
      return { status: 'pending', stepIndex: 0, round, decisions };
    case 'return':
      return { ...state, status: 'returned', decisions };
    case 'reject':
      return { ...state, status: 'rejected', decisions };
    case 'approve': {
      const last = state.stepIndex === chain.steps.length - 1;
      return { ...state, status: last ? 'approved' : 'pending', stepIndex: last ? state.stepIndex : state.stepIndex + 1, decisions };
    }
  }
}

function refuseSubmission(chain: ApprovalChain, state: ApprovalState, actor: ActorRef): Refusal | undefined {
  if (actor.officialId !== chain.drafter.officialId) return refuse('forbidden', 'Chỉ người soạn thảo được trình hồ sơ này.');
  if (state.status !== 'draft' && state.status !== 'returned') {
    return refuse('conflict', `Hồ sơ đang ở trạng thái "${state.status}", không thể trình lại.`);
  }
  return undefined;
}

function refuseCapacity(step: ApprovalStep, actor: ActorRef, requested: Capacity): Refusal | undefined {
  const isHead = actor.roles.includes('leader');
  if (!isHead && requested === 'TM') return refuse('invalid', 'Cấp phó ký thay người đứng đầu (KT.), không ký thay mặt tập thể (TM.).');
  if (isHead && requested === 'KT') return refuse('invalid', 'Người đứng đầu không ký "KT."; chọn ký thay mặt tập thể (TM.) hoặc ký trực tiếp.');
  if (!step.roles.includes('deputy_leader') && !isHead) return refuse('forbidden', `Bước "${step.label}" không cho phép cấp phó ký thay.`);
  return undefined;
}
