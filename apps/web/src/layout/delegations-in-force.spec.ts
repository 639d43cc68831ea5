import type { Delegation } from '../api/queries';
import { receivedInForce } from './delegations-in-force';

const party = (username: string) => ({ officialId: username, username, fullName: username, unitCode: 'TQ' });
const delegation = (over: Partial<Delegation>): Delegation => ({
  id: 'd',
  from: party('lanhdao.tinh'),
  to: party('pho.tinh'),
  kinds: ['plan_approval'],
  campaignId: null,
  startsAt: '2026-03-01T00:00:00Z',
  endsAt: '2026-03-31T00:00:00Z',
  reason: 'Đi công tác',
  revokedAt: null,
  ...over,
});
const now = new Date('2026-03-10T00:00:00Z');

describe('receivedInForce', () => {
  it('keeps a delegation received and in its period', () => {
    expect(receivedInForce([delegation({})], 'pho.tinh', now)).toHaveLength(1);
  });

  it('drops one given rather than received, revoked, not yet started or ended', () => {
    const shown = receivedInForce(
      [
        delegation({ id: 'given', from: party('pho.tinh'), to: party('chuyenvien.tinh') }),
        delegation({ id: 'revoked', revokedAt: '2026-03-05T00:00:00Z' }),
        delegation({ id: 'later', startsAt: '2026-03-11T00:00:00Z' }),
        delegation({ id: 'ended', endsAt: '2026-03-10T00:00:00Z' }),
      ],
      'pho.tinh',
      now,
    );
    expect(shown).toEqual([]);
  });
});
