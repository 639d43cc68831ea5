import type { CouncilRule } from '../award-catalogue.types';
import { councilOutcome } from '../council-outcome';
import type { CouncilSession, DossierFacts, DossierRequest, DossierState, NomineeStanding } from './dossier.types';
import { actionComment } from './dossier-entries';
import { currentAwardStep, namesInRunning } from './dossier-rules';

export function initialDossierState(facts: DossierFacts, at: string): DossierState {
  return {
    status: 'in_progress',
    stepIndex: 0,
    stepOpenedAt: at,
    standings: facts.list.nominations.map(() => ({ status: 'in_progress' })),
    objections: [],
    postingEndsAt: null,
    council: null,
    decision: null,
    forwardedAt: null,
    centralOutcome: null,
    attachments: [],
    actions: [],
  };
}

/** What the workflow supplies to an action beyond the request: the number taken from the register for a decision. */
export interface DossierEffects {
  decisionNumber?: string;
}

/** The state after `request`; call only when refuseDossierAction returned undefined. */
export function applyDossierAction(
  facts: DossierFacts,
  state: DossierState,
  request: DossierRequest,
  at: string,
  effects: DossierEffects = {},
): DossierState {
  const step = currentAwardStep(facts, state)!;
  const { action } = request;
  const recorded: DossierState = {
    ...state,
    actions: [
      ...state.actions,
      { requestId: request.requestId, kind: action.kind, stepKind: step.kind, actor: request.actor, at, comment: actionComment(action) },
    ],
  };
  switch (action.kind) {
    case 'pass': {
      const dropped = (action.dropped ?? []).reduce(
        (standings, drop) => stop(standings, [drop.index], step.kind, drop.reason.trim()),
        recorded.standings,
      );
      return advance({ ...recorded, standings: dropped }, at);
    }
    case 'decline':
      return settle({ ...recorded, standings: stop(recorded.standings, namesInRunning(recorded), step.kind, action.comment.trim()) });
    case 'object':
      return {
        ...recorded,
        objections: [
          ...recorded.objections,
          { id: request.requestId, index: action.index, text: action.text.trim(), filedBy: request.actor, filedAt: at, answer: null },
        ],
      };
    case 'answer_objection': {
      const objection = recorded.objections.find((candidate) => candidate.id === action.objectionId)!;
      const answer = { upheld: action.upheld, text: action.text.trim(), by: request.actor, at };
      const standings = action.upheld
        ? stop(recorded.standings, [objection.index], 'post', `Ý kiến phản ánh được chấp nhận: ${answer.text}`)
        : recorded.standings;
      return {
        ...recorded,
        standings,
        objections: recorded.objections.map((candidate) => (candidate.id === objection.id ? { ...candidate, answer } : candidate)),
      };
    }
    case 'open_council':
      return {
        ...recorded,
        council: {
          openedBy: request.actor,
          openedAt: at,
          members: action.members,
          present: action.present,
          ballots: [],
          closedAt: null,
          result: null,
        },
      };
    case 'vote':
    case 'score': {
      const council = recorded.council!;
      const ballot = {
        memberId: request.actor.officialId,
        castAt: at,
        ...(action.kind === 'vote' ? { choices: action.choices } : { points: action.points }),
      };
      return { ...recorded, council: { ...council, ballots: [...council.ballots, ballot] } };
    }
    case 'close_council': {
      const council = closeCouncil(recorded.council!, step.council!, namesInRunning(recorded), at);
      const failed = Object.entries(council.result!).filter(([, outcome]) => !outcome.passed);
      const standings = failed.reduce(
        (current, [index, outcome]) => stop(current, [Number(index)], 'council', `Hội đồng không thông qua: ${outcome.summary}`),
        recorded.standings,
      );
      return advance({ ...recorded, council, standings }, at);
    }
    case 'decide': {
      const decision = { number: effects.decisionNumber!, signedAt: at, signer: request.actor, capacity: capacityOf(request) };
      return {
        ...recorded,
        status: 'decided',
        stepIndex: facts.route.steps.length,
        decision,
        standings: award(recorded.standings, namesInRunning(recorded), decision.number),
      };
    }
    case 'forward':
      return { ...recorded, status: 'forwarded', forwardedAt: at };
    case 'attach':
      return { ...recorded, attachments: [...(recorded.attachments ?? []), action.attachment] };
    case 'record_central_outcome': {
      const running = namesInRunning(recorded);
      const awarded = award(recorded.standings, action.awarded, action.decisionNumber.trim());
      const refused = running.filter((index) => !action.awarded.includes(index));
      const standings = stop(
        awarded,
        refused,
        'forward',
        `Cấp trung ương không khen thưởng (Quyết định số ${action.decisionNumber.trim()}).`,
      );
      const centralOutcome = { ...action, decisionNumber: action.decisionNumber.trim(), recordedBy: request.actor, recordedAt: at };
      return {
        ...recorded,
        status: action.awarded.length ? 'decided' : 'closed_unawarded',
        stepIndex: facts.route.steps.length,
        standings,
        centralOutcome,
      };
    }
  }
}

/** The posting period started: objections are taken until it ends. */
export function startPosting(state: DossierState, endsAt: string): DossierState {
  return { ...state, postingEndsAt: endsAt };
}

/** A posted list moves on once its period is over and every objection has its answer. */
export function postingComplete(state: DossierState, now: string): boolean {
  return state.postingEndsAt !== null && now >= state.postingEndsAt && state.objections.every((objection) => objection.answer);
}

export function endPosting(state: DossierState, at: string): DossierState {
  return advance(state, at);
}

/** Nobody acted at the step long past its limit: the dossier ends, and each name still in the running is told why. */
export function expireDossier(state: DossierState, stepKind: string, at: string): DossierState {
  const reason = 'Hồ sơ quá thời hạn xử lý mà không có quyết định.';
  return { ...state, status: 'expired', stepOpenedAt: at, standings: stop(state.standings, namesInRunning(state), stepKind, reason) };
}

function advance(state: DossierState, at: string): DossierState {
  if (!namesInRunning(state).length) return settle(state);
  return { ...state, stepIndex: state.stepIndex + 1, stepOpenedAt: at, postingEndsAt: null };
}

/** No name left in the running: the dossier ends without an award. */
function settle(state: DossierState): DossierState {
  return { ...state, status: 'closed_unawarded' };
}

function stop(standings: NomineeStanding[], indices: number[], stepKind: string, reason: string): NomineeStanding[] {
  return standings.map((standing, index) =>
    indices.includes(index) && standing.status === 'in_progress' ? { status: 'not_awarded', stepKind, reason } : standing,
  );
}

function award(standings: NomineeStanding[], indices: number[], decisionNumber: string): NomineeStanding[] {
  return standings.map((standing, index) =>
    indices.includes(index) && standing.status === 'in_progress' ? { status: 'awarded', decisionNumber } : standing,
  );
}

function closeCouncil(council: CouncilSession, rule: CouncilRule, running: number[], at: string): CouncilSession {
  const result: NonNullable<CouncilSession['result']> = {};
  for (const index of running) {
    if (rule.kind === 'vote') {
      const ballots = council.ballots.map((ballot) => ({ memberId: ballot.memberId, choice: ballot.choices![index] }));
      const outcome = councilOutcome(rule, { members: council.members, ballots });
      result[index] = {
        passed: outcome.passed,
        summary: `${outcome.agree}/${council.members} thành viên đồng ý, ${outcome.disagree} không đồng ý, ${outcome.abstain} không biểu quyết`,
      };
    } else {
      const scores = council.ballots.map((ballot) => ({ memberId: ballot.memberId, points: ballot.points![index] }));
      const outcome = councilOutcome(rule, { members: council.members, scores });
      result[index] = { passed: outcome.passed, summary: `điểm bình quân ${outcome.meanTotal.toFixed(2)}/${rule.passMark} điểm đạt` };
    }
  }
  return { ...council, closedAt: at, result };
}

function capacityOf(request: DossierRequest): 'KT' | 'TUQ' | null {
  if (request.actor.delegatedBy) return 'TUQ';
  return !request.actor.roles.includes('leader') && request.actor.roles.includes('deputy_leader') ? 'KT' : null;
}
