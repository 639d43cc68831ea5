import type { ActorRef, ApprovalState, DecisionRecord, PlanDefinition } from '@tdkt/domain';
import { decisionsAt, planActionsFor, planChainSteps } from './plan-approval';

const plan: Pick<PlanDefinition, 'approvalChain' | 'issuer'> = {
  issuer: { unitCode: 'TQ' },
  approvalChain: [
    { key: 'office', label: 'Lãnh đạo Sở Nội vụ thẩm định', unitCode: 'TQ-SNV', roles: ['leader'] },
    { key: 'sign', label: 'Ký ban hành', roles: ['leader', 'deputy_leader'], signs: true },
  ],
};
const actor = (officialId: string, unitCode: string): ActorRef => ({
  officialId,
  username: officialId,
  fullName: officialId,
  unitCode,
  roles: [],
});
const decision = (action: DecisionRecord['action'], by: ActorRef, stepKey: string | null, round = 1): DecisionRecord => ({
  requestId: `${action}-${round}`,
  action,
  actor: by,
  stepKey,
  capacity: null,
  comment: null,
  at: '2026-03-10T01:00:00.000Z',
  round,
});
const campaign = (approval: ApprovalState | null, status = 'in_approval') => ({ status, issuerUnitCode: 'TQ', plan, approval });
const pending = (stepIndex: number): ApprovalState => ({ status: 'pending', stepIndex, round: 1, decisions: [] });

describe('planChainSteps', () => {
  it('gives a step without a unit to the issuer', () => {
    expect(planChainSteps(plan).map((s) => [s.key, s.unitCode, s.signs])).toEqual([
      ['office', 'TQ-SNV', false],
      ['sign', 'TQ', true],
    ]);
  });
});

describe('planActionsFor', () => {
  const deputy = { officialId: 'pho.tinh', unitCode: 'TQ', roles: ['deputy_leader' as const] };
  const office = { officialId: 'lanhdao.snv', unitCode: 'TQ-SNV', roles: ['leader' as const] };
  const drafter = { officialId: 'chuyenvien.tinh', unitCode: 'TQ', roles: ['specialist' as const] };

  it('gives the pending step to those holding its roles in its unit', () => {
    expect(planActionsFor(office, campaign(pending(0))).step?.key).toBe('office');
    expect(planActionsFor(deputy, campaign(pending(0))).step).toBeNull();
    expect(planActionsFor(deputy, campaign(pending(1))).step?.key).toBe('sign');
    expect(planActionsFor(drafter, campaign(pending(1))).step).toBeNull();
  });

  it('offers nothing before the chain starts or once the campaign left approval', () => {
    expect(planActionsFor(office, campaign(null))).toEqual({ step: null, resubmit: false });
    expect(planActionsFor(deputy, campaign(pending(1), 'issued'))).toEqual({ step: null, resubmit: false });
  });

  it('lets the drafter resubmit a returned plan: the author of the last resubmission, else the issuer’s drafting officials', () => {
    const returned: ApprovalState = {
      status: 'returned',
      stepIndex: 0,
      round: 1,
      decisions: [decision('return', actor('lanhdao.snv', 'TQ-SNV'), 'office')],
    };
    expect(planActionsFor(drafter, campaign(returned)).resubmit).toBe(true);
    expect(planActionsFor(office, campaign(returned)).resubmit).toBe(false);

    const again: ApprovalState = {
      ...returned,
      round: 2,
      decisions: [
        ...returned.decisions,
        decision('submit', actor('chuyenvien.tinh', 'TQ'), null, 2),
        decision('return', actor('lanhdao.snv', 'TQ-SNV'), 'office', 2),
      ],
    };
    expect(planActionsFor(drafter, campaign(again)).resubmit).toBe(true);
    expect(planActionsFor({ ...drafter, officialId: 'another.specialist' }, campaign(again)).resubmit).toBe(false);
  });
});

describe('decisionsAt', () => {
  it('lists a step’s decisions of the current round only', () => {
    const snv = actor('lanhdao.snv', 'TQ-SNV');
    const state: ApprovalState = {
      status: 'pending',
      stepIndex: 1,
      round: 2,
      decisions: [
        decision('return', snv, 'office', 1),
        decision('submit', actor('d', 'TQ'), null, 2),
        decision('approve', snv, 'office', 2),
      ],
    };
    expect(decisionsAt(state, 'office').map((d) => d.action)).toEqual(['approve']);
  });
});
