import type { Delegation } from '../api/queries';
import { delegationForStep, type DelegableStep } from './delegation-for-step';

const NOW = new Date('2026-07-01T03:00:00.000Z');
const party = (username: string, unitCode: string) => ({ officialId: `id-${username}`, username, fullName: username, unitCode });
const delegation = (change: Partial<Delegation> = {}): Delegation => ({
  id: 'd1',
  from: party('lanhdao.snv', 'TQ-SNV'),
  to: party('thamdinh.snv', 'TQ-SNV'),
  kinds: ['plan_approval'],
  campaignId: null,
  startsAt: '2026-06-30T00:00:00.000Z',
  endsAt: '2026-07-10T00:00:00.000Z',
  reason: 'Đi công tác',
  revokedAt: null,
  ...change,
});
const step: DelegableStep = { kind: 'plan_approval', campaignId: 'c1', unitCode: 'TQ-SNV' };
const pick = (delegations: Delegation[], s: DelegableStep = step, username = 'thamdinh.snv') =>
  delegationForStep(delegations, username, s, NOW)?.id ?? null;

describe('delegationForStep', () => {
  it('picks a delegation in force that the official received, of the step’s kind, from the deciding unit’s leader', () => {
    expect(pick([delegation()])).toBe('d1');
    expect(pick([delegation({ kinds: ['report_approval', 'plan_approval'] })])).toBe('d1');
  });

  it('leaves out one given to someone else, or not in force', () => {
    expect(pick([delegation()], step, 'chuyenvien.tinh')).toBeNull();
    expect(pick([delegation({ startsAt: '2026-07-02T00:00:00.000Z' })])).toBeNull();
    expect(pick([delegation({ endsAt: '2026-07-01T03:00:00.000Z' })])).toBeNull();
    expect(pick([delegation({ revokedAt: '2026-06-30T12:00:00.000Z' })])).toBeNull();
  });

  it('leaves out one of another kind, another campaign, or another unit’s leader', () => {
    expect(pick([delegation({ kinds: ['report_approval', 'extension_decision'] })])).toBeNull();
    expect(pick([delegation({ campaignId: 'c2' })])).toBeNull();
    expect(pick([delegation({ campaignId: 'c1' })])).toBe('d1');
    expect(pick([delegation()], { ...step, unitCode: 'TQ' })).toBeNull();
  });

  it('takes the first that covers the step among several', () => {
    expect(pick([delegation({ id: 'other', campaignId: 'c2' }), delegation({ id: 'd2' }), delegation()])).toBe('d2');
  });
});
