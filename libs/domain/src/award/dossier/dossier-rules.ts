import { refuse, Refusal } from '../../approval/refusal';
import type { AwardRouteStep } from '../award-route.types';
import { refuseAttachmentFile } from './attachment-rules';
import { appraiseStepIndex, describeActor, describeActorEn, mayActAt, mayVoteAt } from './dossier-actors';
import type { DossierAction, DossierFacts, DossierRequest, DossierState } from './dossier.types';

/** The step now waiting, or undefined once the route is done or the dossier stopped. */
export function currentAwardStep(facts: DossierFacts, state: DossierState): AwardRouteStep | undefined {
  return state.status === 'in_progress' || state.status === 'forwarded' ? facts.route.steps[state.stepIndex] : undefined;
}

/** Indices of the names still in the running. */
export function namesInRunning(state: DossierState): number[] {
  return state.standings.flatMap((standing, index) => (standing.status === 'in_progress' ? [index] : []));
}

/** Why `request` may not be applied now, or undefined when it may. Checked before anything changes. */
export function refuseDossierAction(facts: DossierFacts, state: DossierState, request: DossierRequest, now: string): Refusal | undefined {
  if (!request.requestId?.trim()) return refuse('invalid', 'Thiếu mã yêu cầu (requestId).', 'The request id (requestId) is missing.');
  const step = currentAwardStep(facts, state);
  if (!step) return refuse('conflict', 'Hồ sơ đã kết thúc, không còn bước nào chờ xử lý.', 'The dossier is finished; no step is waiting.');
  const { action, actor } = request;
  const at = state.stepIndex;
  switch (action.kind) {
    case 'pass':
    case 'decline':
      if (!['propose', 'endorse', 'appraise', 'consult'].includes(step.kind)) return notAtThisStep(step);
      if (!mayActAt(facts, at, actor))
        return refuse(
          'forbidden',
          `Bước này do ${describeActor(facts, at)} xử lý.`,
          `This step is handled by ${describeActorEn(facts, at)}.`,
        );
      return action.kind === 'pass'
        ? refuseDrops(state, action)
        : requireText(action.comment, 'Không chấp nhận danh sách phải nêu rõ lý do.', 'Declining the list must give the reason.');
    case 'object':
      if (step.kind !== 'post')
        return refuse(
          'conflict',
          'Chỉ gửi ý kiến phản ánh trong thời gian công khai danh sách.',
          'Objections can only be sent while the list is posted.',
        );
      if (state.postingEndsAt && now >= state.postingEndsAt)
        return refuse('conflict', 'Thời gian công khai danh sách đã kết thúc.', 'The list is no longer posted.');
      return (
        refuseName(state, action.index) ??
        requireText(action.text, 'Ý kiến phản ánh không được để trống.', 'The objection must not be empty.')
      );
    case 'answer_objection':
      return refuseAnswer(facts, state, request, action);
    case 'open_council':
    case 'close_council':
      if (step.kind !== 'council') return notAtThisStep(step);
      if (!mayActAt(facts, at, actor))
        return refuse(
          'forbidden',
          `Bước này do ${describeActor(facts, at)} điều hành.`,
          `This step is run by ${describeActorEn(facts, at)}.`,
        );
      return action.kind === 'open_council' ? refuseOpening(state, action) : refuseClosing(state);
    case 'vote':
    case 'score':
      return refuseBallot(facts, state, request, step, action);
    case 'decide':
      if (step.kind !== 'decide') return notAtThisStep(step);
      return mayActAt(facts, at, actor)
        ? undefined
        : refuse(
            'forbidden',
            `Quyết định khen thưởng do ${describeActor(facts, at)} ký.`,
            `The award decision is signed by ${describeActorEn(facts, at)}.`,
          );
    case 'forward':
      if (step.kind !== 'forward' || state.status === 'forwarded') return notAtThisStep(step);
      return mayActAt(facts, at, actor)
        ? undefined
        : refuse(
            'forbidden',
            `Tờ trình lên cấp trên do ${describeActor(facts, at)} ký.`,
            `The submission to the level above is signed by ${describeActorEn(facts, at)}.`,
          );
    case 'record_central_outcome':
      return refuseCentralOutcome(facts, state, request, action);
    case 'attach':
      return refuseAttach(facts, state, request, action);
  }
}

/** The nominating unit's officials, and those on the route, add documents until the decision. */
function refuseAttach(
  facts: DossierFacts,
  state: DossierState,
  request: DossierRequest,
  action: Extract<DossierAction, { kind: 'attach' }>,
): Refusal | undefined {
  if (state.status !== 'in_progress')
    return refuse('conflict', 'Hồ sơ đã có kết quả; không bổ sung tài liệu.', 'The dossier has its outcome; no more documents are added.');
  const onRoute = facts.stepUnits.some((units) => units.includes(request.actor.unitCode));
  if (request.actor.unitCode !== facts.list.nominatingUnitCode && !onRoute) {
    return refuse(
      'forbidden',
      'Chỉ đơn vị đề nghị và các cơ quan xử lý hồ sơ được bổ sung tài liệu.',
      'Only the proposing unit and the bodies handling the dossier may add documents.',
    );
  }
  if ((state.attachments ?? []).some((attachment) => attachment.id === action.attachment.id))
    return refuse('conflict', 'Tài liệu đã có trong hồ sơ.', 'This document is already in the dossier.');
  return refuseAttachmentFile(action.attachment);
}

function notAtThisStep(step: AwardRouteStep): Refusal {
  return refuse(
    'conflict',
    `Hồ sơ đang ở bước "${step.kind}", không nhận thao tác này.`,
    `The dossier is at step "${step.kind}", which does not take this action.`,
  );
}

function requireText(text: string | undefined, message: string, en?: string): Refusal | undefined {
  return text?.trim() ? undefined : refuse('invalid', message, en);
}

function refuseName(state: DossierState, index: number): Refusal | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= state.standings.length) {
    return refuse(
      'invalid',
      `Không có người/tập thể số ${index + 1} trong danh sách.`,
      `There is no person or collective number ${index + 1} in the list.`,
    );
  }
  return state.standings[index].status === 'in_progress'
    ? undefined
    : refuse('conflict', `Số ${index + 1} trong danh sách đã có kết quả.`, `Number ${index + 1} in the list already has its outcome.`);
}

function refuseDrops(state: DossierState, action: Extract<DossierAction, { kind: 'pass' }>): Refusal | undefined {
  for (const drop of action.dropped ?? []) {
    const refusal =
      refuseName(state, drop.index) ??
      requireText(
        drop.reason,
        `Nêu lý do không đề nghị số ${drop.index + 1}.`,
        `Give the reason for leaving out number ${drop.index + 1}.`,
      );
    if (refusal) return refusal;
  }
  return undefined;
}

function refuseAnswer(
  facts: DossierFacts,
  state: DossierState,
  request: DossierRequest,
  action: Extract<DossierAction, { kind: 'answer_objection' }>,
): Refusal | undefined {
  if (!mayActAt(facts, appraiseStepIndex(facts), request.actor)) {
    return refuse('forbidden', 'Ý kiến phản ánh do cơ quan thẩm định trả lời.', 'Objections are answered by the appraising body.');
  }
  const objection = state.objections.find((candidate) => candidate.id === action.objectionId);
  if (!objection) return refuse('invalid', 'Không có ý kiến phản ánh này.', 'There is no such objection.');
  if (objection.answer) return refuse('conflict', 'Ý kiến phản ánh này đã được trả lời.', 'This objection has already been answered.');
  return requireText(action.text, 'Trả lời ý kiến phản ánh không được để trống.', 'The answer to the objection must not be empty.');
}

function refuseOpening(state: DossierState, action: Extract<DossierAction, { kind: 'open_council' }>): Refusal | undefined {
  if (state.council && !state.council.closedAt)
    return refuse('conflict', 'Phiên họp Hội đồng đang diễn ra.', 'A council meeting is already open.');
  if (state.objections.some((objection) => !objection.answer)) {
    return refuse(
      'conflict',
      'Còn ý kiến phản ánh chưa được trả lời: cơ quan thẩm định phải trả lời trước khi Hội đồng họp.',
      'Some objections are not answered yet: the appraising body must answer them before the council meets.',
    );
  }
  if (!Number.isInteger(action.members) || action.members < 1)
    return refuse(
      'invalid',
      'Số thành viên Hội đồng phải là số nguyên dương.',
      'The number of council members must be a positive whole number.',
    );
  if (!Number.isInteger(action.present) || action.present < 0 || action.present > action.members) {
    return refuse(
      'invalid',
      'Số thành viên có mặt phải từ 0 đến tổng số thành viên.',
      'The number of members present must be from 0 to the number of members.',
    );
  }
  return undefined;
}

function refuseClosing(state: DossierState): Refusal | undefined {
  if (!state.council || state.council.closedAt) return refuse('conflict', 'Chưa mở phiên họp Hội đồng.', 'No council meeting is open.');
  return state.council.ballots.length ? undefined : refuse('conflict', 'Chưa có thành viên nào bỏ phiếu.', 'No member has voted yet.');
}

function refuseBallot(
  facts: DossierFacts,
  state: DossierState,
  request: DossierRequest,
  step: AwardRouteStep,
  action: Extract<DossierAction, { kind: 'vote' | 'score' }>,
): Refusal | undefined {
  if (step.kind !== 'council') return notAtThisStep(step);
  if (!mayVoteAt(facts, state.stepIndex, request.actor))
    return refuse(
      'forbidden',
      'Chỉ thành viên Hội đồng Thi đua – Khen thưởng được bỏ phiếu.',
      'Only members of the Emulation and Commendation Council may vote.',
    );
  const council = state.council;
  if (!council || council.closedAt) return refuse('conflict', 'Phiên họp Hội đồng chưa mở.', 'The council meeting is not open.');
  if (council.ballots.some((ballot) => ballot.memberId === request.actor.officialId)) {
    return refuse('conflict', 'Thành viên đã bỏ phiếu trong phiên họp này.', 'This member has already voted in this meeting.');
  }
  if (council.ballots.length >= council.present)
    return refuse('conflict', 'Đã đủ phiếu của các thành viên có mặt.', 'Every member present has already voted.');
  const rule = step.council;
  if (action.kind === 'vote' && rule?.kind !== 'vote')
    return refuse('invalid', 'Hội đồng chấm điểm theo tiêu chí, không biểu quyết.', 'The council scores by criteria; it does not vote.');
  if (action.kind === 'score' && rule?.kind !== 'score')
    return refuse('invalid', 'Hội đồng biểu quyết, không chấm điểm.', 'The council votes; it does not score.');
  const given = Object.keys(action.kind === 'vote' ? action.choices : action.points).map(Number);
  const expected = namesInRunning(state);
  if (given.length !== expected.length || !expected.every((index) => given.includes(index))) {
    return refuse(
      'invalid',
      `Phiếu phải có ý kiến cho đủ ${expected.length} người/tập thể còn trong danh sách.`,
      `A ballot must give a view on all ${expected.length} people or collectives still in the list.`,
    );
  }
  return action.kind === 'score' && rule?.kind === 'score' ? refusePoints(rule.criteria, action.points) : undefined;
}

function refusePoints(criteria: { key: string; maxPoints: number }[], points: Record<number, Record<string, number>>): Refusal | undefined {
  for (const [index, byCriterion] of Object.entries(points)) {
    for (const criterion of criteria) {
      const value = byCriterion[criterion.key];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > criterion.maxPoints) {
        return refuse(
          'invalid',
          `Điểm tiêu chí "${criterion.key}" của số ${Number(index) + 1} phải từ 0 đến ${criterion.maxPoints}.`,
          `The score for criterion "${criterion.key}" of number ${Number(index) + 1} must be from 0 to ${criterion.maxPoints}.`,
        );
      }
    }
  }
  return undefined;
}

function refuseCentralOutcome(
  facts: DossierFacts,
  state: DossierState,
  request: DossierRequest,
  action: Extract<DossierAction, { kind: 'record_central_outcome' }>,
): Refusal | undefined {
  if (state.status !== 'forwarded')
    return refuse('conflict', 'Hồ sơ chưa được trình lên cấp trung ương.', 'The dossier has not been forwarded to the central level.');
  if (!mayActAt(facts, appraiseStepIndex(facts), request.actor)) {
    return refuse(
      'forbidden',
      'Kết quả của cấp trung ương do cơ quan thẩm định cập nhật.',
      'The central outcome is recorded by the appraising body.',
    );
  }
  if (!action.decisionNumber?.trim())
    return refuse('invalid', 'Nhập số quyết định của cấp trung ương.', "Enter the central level's decision number.");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(action.decidedOn ?? ''))
    return refuse('invalid', 'Ngày quyết định phải có dạng YYYY-MM-DD.', 'The decision date must be written YYYY-MM-DD.');
  const running = namesInRunning(state);
  const unknown = (action.awarded ?? []).filter((index) => !running.includes(index));
  return unknown.length
    ? refuse(
        'invalid',
        `Số ${unknown.map((i) => i + 1).join(', ')} không còn trong danh sách trình.`,
        `Number ${unknown.map((i) => i + 1).join(', ')} is no longer in the forwarded list.`,
      )
    : undefined;
}
