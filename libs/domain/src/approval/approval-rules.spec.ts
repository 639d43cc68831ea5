import { applyDecision, ApprovalChain, initialApprovalState, refuseDecision } from './approval-rules';
import { ActorRef, ApprovalState, DecisionRequest } from './approval.types';

const actor = (id: string, unitCode: string, roles: ActorRef['roles']): ActorRef => ({ officialId: id, username: id, fullName: id, unitCode, roles });
const drafter = actor('cv', 'SNV', ['specialist']);
const officeHead = actor('gd', 'SNV', ['leader']);
const chairman = actor('ct', 'UBND', ['leader']);
const viceChairman = actor('pct', 'UBND', ['deputy_leader']);
const chain: ApprovalChain = {
  drafter,
  steps: [
    { key: 'office', label: 'Lãnh đạo Sở', unitCode: 'SNV', roles: ['leader'] },
    { key: 'sign', label: 'Ký ban hành', unitCode: 'UBND', roles: ['leader', 'deputy_leader'], signs: true },
  ],
};
let n = 0;
const req = (a: ActorRef, action: DecisionRequest['action'], extra: Partial<DecisionRequest> = {}): DecisionRequest => ({ requestId: `r${++n}`, action, actor: a, ...extra });
const step = (state: ApprovalState, request: DecisionRequest): ApprovalState => {
  expect(refuseDecision(chain, state, request)).toBeUndefined();
  return applyDecision(chain, state, request, '2026-11-23T03:00:00.000Z');
};

describe('approval chain rules', () => {
  it('walks draft → submitted → office approves → deputy signs KT. → approved', () => {
    let state = initialApprovalState(false);
    state = step(state, req(drafter, 'submit'));
    state = step(state, req(officeHead, 'approve'));
    state = step(state, req(viceChairman, 'approve'));
    expect(state.status).toBe('approved');
    expect(state.decisions.at(-1)).toMatchObject({ stepKey: 'sign', capacity: 'KT', actor: { officialId: 'pct' } });
  });

  it('refuses an official of another unit or without the role (forbidden)', () => {
    const state = step(initialApprovalState(false), req(drafter, 'submit'));
    expect(refuseDecision(chain, state, req(chairman, 'approve'))?.kind).toBe('forbidden');
    expect(refuseDecision(chain, state, req(actor('x', 'SNV', ['specialist']), 'approve'))?.kind).toBe('forbidden');
  });

  it('refuses acting on a finished or not yet submitted dossier (conflict)', () => {
    expect(refuseDecision(chain, initialApprovalState(false), req(officeHead, 'approve'))?.kind).toBe('conflict');
    let state = step(initialApprovalState(false), req(drafter, 'submit'));
    state = step(state, req(officeHead, 'reject', { comment: 'Không phù hợp' }));
    expect(state.status).toBe('rejected');
    expect(refuseDecision(chain, state, req(drafter, 'submit'))?.kind).toBe('conflict');
  });

  it('requires a comment to return or reject (invalid)', () => {
    const state = step(initialApprovalState(false), req(drafter, 'submit'));
    expect(refuseDecision(chain, state, req(officeHead, 'return', { comment: '  ' }))?.kind).toBe('invalid');
  });

  it('sends a returned dossier back to the drafter, who resubmits to the first step in a new round', () => {
    let state = step(initialApprovalState(false), req(drafter, 'submit'));
    state = step(state, req(officeHead, 'approve'));
    state = step(state, req(chairman, 'return', { comment: 'Bổ sung căn cứ pháp lý' }));
    expect(state.status).toBe('returned');
    expect(refuseDecision(chain, state, req(officeHead, 'submit'))?.kind).toBe('forbidden');
    state = step(state, req(drafter, 'submit'));
    expect(state).toMatchObject({ status: 'pending', stepIndex: 0, round: 2 });
  });

  it('records capacity only in the way the signer may sign', () => {
    let state = step(initialApprovalState(false), req(drafter, 'submit'));
    state = step(state, req(officeHead, 'approve'));
    expect(refuseDecision(chain, state, req(viceChairman, 'approve', { capacity: 'TM' }))?.kind).toBe('invalid');
    expect(refuseDecision(chain, state, req(chairman, 'approve', { capacity: 'KT' }))?.kind).toBe('invalid');
    state = step(state, req(chairman, 'approve', { capacity: 'TM' }));
    expect(state.decisions.at(-1)?.capacity).toBe('TM');
  });
});
