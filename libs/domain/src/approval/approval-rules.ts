import { refuse, Refusal } from './refusal';
import { capacityCode, signatureLines, signingCapacity } from '../signing/signing-capacity';
import type { SigningCapacity } from '../signing/signing.types';
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
  if (!request.requestId?.trim()) return refuse('invalid', 'Thiếu mã yêu cầu (requestId).', 'The request id (requestId) is missing.');
  if (request.action === 'submit') return refuseSubmission(chain, state, request.actor);
  if (state.status !== 'pending')
    return refuse(
      'conflict',
      `Hồ sơ đang ở trạng thái "${state.status}", không chờ duyệt.`,
      `The document is "${state.status}", not waiting for approval.`,
    );
  const step = chain.steps[state.stepIndex];
  if (request.actor.unitCode !== step.unitCode || !request.actor.roles.some((role) => step.roles.includes(role))) {
    return refuse(
      'forbidden',
      `Bước "${step.label}" do ${step.roles.join('/')} của đơn vị ${step.unitCode} quyết định.`,
      `Step "${step.label}" is decided by ${step.roles.join('/')} of unit ${step.unitCode}.`,
    );
  }
  if ((request.action === 'return' || request.action === 'reject') && !request.comment?.trim()) {
    return refuse(
      'invalid',
      'Trả lại hoặc từ chối phải kèm ý kiến nêu rõ lý do.',
      'A return or a rejection must come with a comment giving the reason.',
    );
  }
  if (request.action === 'approve' && step.signs) return refuseCapacity(step, request.actor, request.capacity ?? null);
  return undefined;
}

/**
 * The capacity recorded for a decision. Where the step knows how its body signs, it follows from the
 * signer (a People's Committee's deputy signs "KT.", the Front's "TM."); otherwise a deputy is "KT.".
 */
export function capacityOf(step: ApprovalStep | undefined, actor: ActorRef, requested: Capacity | undefined): Capacity {
  if (actor.delegatedBy) return 'TUQ';
  if (!step?.signs) return null;
  const derived = signatureOf(step, actor);
  if (derived) return capacityCode(derived) as Capacity;
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
    stepKey: request.action === 'submit' ? null : (step?.key ?? null),
    capacity: request.action === 'approve' ? capacityOf(step, request.actor, request.capacity) : null,
    comment: request.comment?.trim() || null,
    at,
    round,
  };
  const signed = request.action === 'approve' ? signatureOf(step, request.actor) : null;
  if (signed) record.signature = signatureLines(signed);
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
  if (actor.officialId !== chain.drafter.officialId)
    return refuse('forbidden', 'Chỉ người soạn thảo được trình hồ sơ này.', 'Only its drafter may submit this document.');
  if (state.status !== 'draft' && state.status !== 'returned') {
    return refuse(
      'conflict',
      `Hồ sơ đang ở trạng thái "${state.status}", không thể trình lại.`,
      `The document is "${state.status}"; it cannot be submitted again.`,
    );
  }
  return undefined;
}

/** The signer's capacity at a signing step whose body's rules are known; null elsewhere. */
export function signatureOf(step: ApprovalStep | undefined, actor: ActorRef): SigningCapacity | null {
  if (!step?.signs || !step.signature) return null;
  const signer = actor.delegatedBy
    ? { as: 'by_delegation' as const, title: actor.title ?? '' }
    : actor.roles.includes('leader')
      ? { as: 'head' as const }
      : { as: 'deputy' as const };
  return signingCapacity(step.signature.body, signer);
}

function refuseCapacity(step: ApprovalStep, actor: ActorRef, requested: Capacity): Refusal | undefined {
  const derived = signatureOf(step, actor);
  if (derived) return refuseSignature(step, derived, requested);
  const isHead = actor.roles.includes('leader');
  if (!isHead && requested === 'TM')
    return refuse(
      'invalid',
      'Cấp phó ký thay người đứng đầu (KT.), không ký thay mặt tập thể (TM.).',
      'A deputy signs for the head (KT.), not on behalf of the body (TM.).',
    );
  if (isHead && requested === 'KT')
    return refuse(
      'invalid',
      'Người đứng đầu không ký "KT."; chọn ký thay mặt tập thể (TM.) hoặc ký trực tiếp.',
      'The head does not sign "KT."; sign on behalf of the body (TM.) or in your own name.',
    );
  if (!step.roles.includes('deputy_leader') && !isHead)
    return refuse(
      'forbidden',
      `Bước "${step.label}" không cho phép cấp phó ký thay.`,
      `Step "${step.label}" does not let a deputy sign for the head.`,
    );
  return undefined;
}

/** The signature the signer would give must be the one the plan prints, and any capacity asked for must be it. */
function refuseSignature(step: ApprovalStep, derived: SigningCapacity, requested: Capacity): Refusal | undefined {
  const lines = signatureLines(derived).join(' / ');
  const code = capacityCode(derived);
  if (requested !== null && requested !== code)
    return refuse(
      'invalid',
      `Đồng chí ký với tư cách "${lines}"; không ghi "${requested}." được.`,
      `You sign as "${lines}"; "${requested}." cannot be written.`,
    );
  const printed = step.signature!.printed;
  if (code !== printed.capacity || derived.title !== printed.signerTitle) {
    return refuse(
      'invalid',
      `Kế hoạch in chữ ký của ${printed.signerTitle}${printed.capacity ? ` (${printed.capacity}.)` : ''}, còn đồng chí ký với tư cách "${lines}": sửa thể thức ký của kế hoạch hoặc chuyển đúng người ký.`,
      `The plan prints the signature of ${printed.signerTitle}${printed.capacity ? ` (${printed.capacity}.)` : ''}, but you sign as "${lines}": correct the plan's signature block or pass it to the right signer.`,
    );
  }
  return undefined;
}
