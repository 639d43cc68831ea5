import { issuerConventionFor } from '../issuer/issuer-conventions';
import { applyDecision, ApprovalChain, initialApprovalState, refuseDecision } from './approval-rules';
import { ActorRef, ApprovalState, DecisionRequest } from './approval.types';

const actor = (id: string, unitCode: string, roles: ActorRef['roles']): ActorRef => ({
  officialId: id,
  username: id,
  fullName: id,
  unitCode,
  roles,
});
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
const req = (a: ActorRef, action: DecisionRequest['action'], extra: Partial<DecisionRequest> = {}): DecisionRequest => ({
  requestId: `r${++n}`,
  action,
  actor: a,
  ...extra,
});
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

describe('signing step that knows how its body signs', () => {
  const signingChain = (body: 'ubnd' | 'mttq', printed: { capacity: 'TM' | 'KT' | null; signerTitle: string }): ApprovalChain => ({
    drafter,
    steps: [
      {
        key: 'sign',
        label: 'Ký ban hành',
        unitCode: 'UBND',
        roles: ['leader', 'deputy_leader'],
        signs: true,
        signature: { body: issuerConventionFor(body).signing!, printed },
      },
    ],
  });
  const pending = initialApprovalState(true);

  it('records the signature block the seed 003 prints when the Vice-Chair signs: TM. / KT. / title', () => {
    const chainOf003 = signingChain('ubnd', { capacity: 'KT', signerTitle: 'PHÓ CHỦ TỊCH' });
    const signed = applyDecision(chainOf003, pending, req(viceChairman, 'approve'), '2026-11-23T03:00:00.000Z');
    expect(signed.decisions[0]).toMatchObject({ capacity: 'KT', signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] });
    expect(refuseDecision(chainOf003, pending, req(viceChairman, 'approve', { capacity: 'TM' }))).toMatchObject({ kind: 'invalid' });
  });

  it('lets a Vice-Chair of the Front sign TM. in her own title, as seed 002 is signed', () => {
    const chainOf002 = signingChain('mttq', { capacity: 'TM', signerTitle: 'PHÓ CHỦ TỊCH' });
    expect(refuseDecision(chainOf002, pending, req(viceChairman, 'approve', { capacity: 'TM' }))).toBeUndefined();
    expect(applyDecision(chainOf002, pending, req(viceChairman, 'approve'), '2026-11-23T03:00:00.000Z').decisions[0]).toMatchObject({
      capacity: 'TM',
      signature: ['TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH'],
    });
  });

  it('refuses a signature that would not be the one the plan prints, saying which it would be', () => {
    const refusal = refuseDecision(
      signingChain('ubnd', { capacity: 'KT', signerTitle: 'PHÓ CHỦ TỊCH' }),
      pending,
      req(chairman, 'approve'),
    );
    expect(refusal).toMatchObject({ kind: 'invalid' });
    expect(refusal?.message).toContain('TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH');
  });
});
