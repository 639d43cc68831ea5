import type { ActorRef } from '../../approval/approval.types';
import type { Role } from '../../org/roles';
import { pathOf } from '../__fixtures__/demo-units';
import type { AwardRoute } from '../award-route.types';
import { computeAwardRoute } from '../award-route';
import { LUAT_2022_CATALOGUE } from '../catalogue/luat-2022.catalogue';
import type { Nomination } from '../nomination.types';
import { applyDossierAction, endPosting, initialDossierState, postingComplete, startPosting } from './dossier-apply';
import { refuseDossierAction } from './dossier-rules';
import type { DossierAction, DossierFacts, DossierState } from './dossier.types';

const official = (username: string, unitCode: string, roles: Role[]): ActorRef => ({
  officialId: `id-${username}`,
  username,
  fullName: username,
  unitCode,
  roles,
});
const communeLeader = official('lanhdao.xa', 'TQ-YS-THANGQUAN', ['leader']);
const districtLeader = official('lanhdao.huyen', 'TQ-YS', ['leader']);
const provinceDeputy = official('pho.tinh', 'TQ', ['deputy_leader']);
const appraiser = official('thamdinh.snv', 'TQ-SNV', ['board_appraiser']);
const secretary = official('thuky', 'TQ-SNV', ['council_secretary']);
const members = [secretary, ...[1, 2, 3, 4].map((n) => official(`uyvien${n}`, 'TQ-SNV', ['council_member']))];
const anyone = official('chuyenvien.sd', 'TQ-SD', ['specialist']);

const person = (n: number): Nomination => ({
  nominee: { kind: 'individual', fullName: `Người ${n}`, personalId: `00808500${String(1000 + n)}`, position: 'Công chức' },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ',
});

function routeOf(awardKey: string, postingWorkingDays?: number): AwardRoute {
  const entry = LUAT_2022_CATALOGUE.entries.find((candidate) => candidate.key === awardKey)!;
  const route = computeAwardRoute(
    { ...entry, ...(postingWorkingDays ? { postingWorkingDays } : {}) },
    LUAT_2022_CATALOGUE.stepLimits,
    pathOf('TQ-YS-THANGQUAN'),
  );
  if (!('steps' in route)) throw new Error(route.message);
  return route;
}

function factsOf(route: AwardRoute, names = 3): DossierFacts {
  return {
    dossierId: 'd-1',
    campaignId: 'c-1',
    list: {
      awardKey: route.awardKey,
      nominatingUnitCode: 'TQ-YS-THANGQUAN',
      year: 2026,
      nominations: Array.from({ length: names }, (_, n) => person(n)),
      minutes: { heldOn: '2026-11-20', present: 9, members: 11 },
    },
    route,
    stepUnits: route.steps.map((step) =>
      step.role === 'leader' ? [step.unitCode] : step.unitCode === 'TQ' ? ['TQ-SNV'] : [step.unitCode],
    ),
  };
}

let n = 0;
const at = () => `2026-12-01T0${Math.min(9, n)}:00:00.000Z`;
function act(facts: DossierFacts, state: DossierState, actor: ActorRef, action: DossierAction, effects = {}): DossierState {
  const request = { requestId: `r-${++n}`, actor, action };
  const refusal = refuseDossierAction(facts, state, request, at());
  if (refusal) throw new Error(`${action.kind} by ${actor.username}: ${refusal.message}`);
  return applyDossierAction(facts, state, request, at(), effects);
}
const refusalOf = (facts: DossierFacts, state: DossierState, actor: ActorRef, action: DossierAction) =>
  refuseDossierAction(facts, state, { requestId: 'x-1', actor, action }, at());

describe('an award dossier along its route', () => {
  it('lets only the official of the step act, and each step moves the list on', () => {
    const facts = factsOf(routeOf('bang-khen-chu-tich-ubnd-tinh'));
    let state = initialDossierState(facts, at());
    expect(facts.route.steps.map((step) => step.kind).slice(0, 3)).toEqual(['propose', 'endorse', 'appraise']);

    expect(refusalOf(facts, state, districtLeader, { kind: 'pass' })?.kind).toBe('forbidden');
    state = act(facts, state, communeLeader, { kind: 'pass' });
    expect(refusalOf(facts, state, communeLeader, { kind: 'pass' })?.kind).toBe('forbidden');
    state = act(facts, state, districtLeader, { kind: 'pass', dropped: [{ index: 2, reason: 'Chưa đủ thời gian công tác' }] });
    expect(state.standings[2]).toEqual({ status: 'not_awarded', stepKind: 'endorse', reason: 'Chưa đủ thời gian công tác' });
    expect(refusalOf(facts, state, appraiser, { kind: 'pass', dropped: [{ index: 2, reason: 'lần nữa' }] })?.kind).toBe('conflict');
    expect(refusalOf(facts, state, appraiser, { kind: 'decline', comment: ' ' })?.kind).toBe('invalid');
  });

  it('keeps a posted list open for objections until its period ends and every objection is answered', () => {
    const facts = factsOf(routeOf('bang-khen-chu-tich-ubnd-tinh', 10));
    let state = initialDossierState(facts, at());
    state = act(facts, state, communeLeader, { kind: 'pass' });
    state = act(facts, state, districtLeader, { kind: 'pass' });
    state = act(facts, state, appraiser, { kind: 'pass' });
    expect(facts.route.steps[state.stepIndex].kind).toBe('post');
    state = startPosting(state, '2026-12-15T10:00:00.000Z');

    state = act(facts, state, anyone, { kind: 'object', index: 1, text: 'Đã bị kỷ luật khiển trách năm 2026' });
    expect(postingComplete(state, '2026-12-16T00:00:00.000Z')).toBe(false);
    expect(
      refusalOf(facts, state, anyone, { kind: 'answer_objection', objectionId: state.objections[0].id, upheld: true, text: 'x' })?.kind,
    ).toBe('forbidden');
    expect(
      refuseDossierAction(
        facts,
        state,
        { requestId: 'late-1', actor: anyone, action: { kind: 'object', index: 0, text: 'muộn' } },
        '2026-12-16T00:00:00.000Z',
      )?.kind,
    ).toBe('conflict');
    state = act(facts, state, appraiser, {
      kind: 'answer_objection',
      objectionId: state.objections[0].id,
      upheld: true,
      text: 'Đúng, loại khỏi danh sách',
    });
    expect(state.standings[1]).toMatchObject({ status: 'not_awarded', stepKind: 'post' });
    expect(postingComplete(state, '2026-12-14T00:00:00.000Z')).toBe(false);
    expect(postingComplete(state, '2026-12-16T00:00:00.000Z')).toBe(true);
    state = endPosting(state, '2026-12-16T00:00:00.000Z');
    expect(facts.route.steps[state.stepIndex].kind).toBe('council');
  });

  it('keeps ballots secret to the rules: one per member, only while open, and the rule decides each name', () => {
    const route = routeOf('chien-si-thi-dua-cap-tinh');
    const councilIndex = route.steps.findIndex((step) => step.kind === 'council');
    expect(councilIndex).toBeGreaterThan(0);
    const facts = factsOf(route, 2);
    let state: DossierState = { ...initialDossierState(facts, at()), stepIndex: councilIndex };
    expect(refusalOf(facts, state, members[1], { kind: 'vote', choices: { 0: 'agree', 1: 'agree' } })?.kind).toBe('conflict');
    expect(refusalOf(facts, state, members[1], { kind: 'open_council', members: 5, present: 5 })?.kind).toBe('forbidden');
    state = act(facts, state, secretary, { kind: 'open_council', members: 5, present: 5 });
    for (const [i, member] of members.entries()) {
      state = act(facts, state, member, { kind: 'vote', choices: { 0: 'agree', 1: i < 3 ? 'agree' : 'disagree' } });
    }
    expect(refusalOf(facts, state, members[0], { kind: 'vote', choices: { 0: 'agree', 1: 'agree' } })?.kind).toBe('conflict');
    expect(refusalOf(facts, state, anyone, { kind: 'close_council' })?.kind).toBe('forbidden');
    state = act(facts, state, secretary, { kind: 'close_council' });
    expect(state.council?.result?.[0].passed).toBe(true);
    expect(state.council?.result?.[1].passed).toBe(false);
    expect(state.standings[1]).toMatchObject({ status: 'not_awarded', stepKind: 'council' });
    expect(facts.route.steps[state.stepIndex].kind).toBe('decide');
  });

  it('awards every name still in the running under the decision number, signed KT. by a deputy', () => {
    const facts = factsOf(routeOf('bang-khen-chu-tich-ubnd-tinh'), 2);
    const decideIndex = facts.route.steps.findIndex((step) => step.kind === 'decide');
    let state: DossierState = { ...initialDossierState(facts, at()), stepIndex: decideIndex };
    expect(refusalOf(facts, state, districtLeader, { kind: 'decide' })?.kind).toBe('forbidden');
    state = act(facts, state, provinceDeputy, { kind: 'decide' }, { decisionNumber: '7/QĐ-UBND' });
    expect(state.status).toBe('decided');
    expect(state.decision).toMatchObject({ number: '7/QĐ-UBND', capacity: 'KT' });
    expect(state.standings).toEqual([
      { status: 'awarded', decisionNumber: '7/QĐ-UBND' },
      { status: 'awarded', decisionNumber: '7/QĐ-UBND' },
    ]);
    expect(refusalOf(facts, state, provinceDeputy, { kind: 'decide' })?.kind).toBe('conflict');
  });

  it('waits for the central outcome once forwarded, and records it per name', () => {
    const facts = factsOf(routeOf('bang-khen-thu-tuong'), 2);
    const forwardIndex = facts.route.steps.findIndex((step) => step.kind === 'forward');
    let state: DossierState = { ...initialDossierState(facts, at()), stepIndex: forwardIndex };
    expect(
      refusalOf(facts, state, appraiser, {
        kind: 'record_central_outcome',
        decisionNumber: '1/QĐ-TTg',
        decidedOn: '2026-12-20',
        awarded: [0],
      })?.kind,
    ).toBe('conflict');
    state = act(facts, state, provinceDeputy, { kind: 'forward' });
    expect(state.status).toBe('forwarded');
    expect(
      refusalOf(facts, state, appraiser, {
        kind: 'record_central_outcome',
        decisionNumber: '1/QĐ-TTg',
        decidedOn: '20/12/2026',
        awarded: [0],
      })?.kind,
    ).toBe('invalid');
    state = act(facts, state, appraiser, {
      kind: 'record_central_outcome',
      decisionNumber: '1520/QĐ-TTg',
      decidedOn: '2026-12-20',
      awarded: [0],
    });
    expect(state.status).toBe('decided');
    expect(state.standings[0]).toEqual({ status: 'awarded', decisionNumber: '1520/QĐ-TTg' });
    expect(state.standings[1]).toMatchObject({ status: 'not_awarded', stepKind: 'forward' });
  });

  it('ends without an award when every name is dropped', () => {
    const facts = factsOf(routeOf('bang-khen-chu-tich-ubnd-tinh'), 1);
    let state = initialDossierState(facts, at());
    state = act(facts, state, communeLeader, { kind: 'decline', comment: 'Chưa đủ tiêu chuẩn' });
    expect(state.status).toBe('closed_unawarded');
    expect(refusalOf(facts, state, districtLeader, { kind: 'pass' })?.kind).toBe('conflict');
  });
});
