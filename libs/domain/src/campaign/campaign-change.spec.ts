import type { ActorRef } from '../approval/approval.types';
import { smallPlan } from '../plan/__fixtures__/plan-fixtures';
import { amendPlan, CampaignPause, PlanAmendment, refuseAmendment, refusePause, suspensionShiftMs } from './campaign-change';
import { refuseEnding } from './campaign-ending';

const official = (unitCode: string, roles: ActorRef['roles']): ActorRef => ({
  officialId: `${unitCode}-${roles[0]}`,
  username: `${unitCode}-${roles[0]}`,
  fullName: 'Nguyễn Văn A',
  unitCode,
  roles,
});
const leader = official('TQ', ['leader']);
const deputy = official('TQ', ['deputy_leader']);
const clerk = official('TQ', ['specialist']);
const districtLeader = official('TQ-YS', ['leader']);

const amendment = (over: Partial<PlanAmendment> = {}): PlanAmendment => ({
  requestId: 'a-1',
  actor: leader,
  reason: 'Lùi thời hạn sơ kết',
  phases: [{ phaseKey: 'so-ket', dueByLevel: { xa: { kind: 'date', date: '2026-07-10' } } }],
  ...over,
});
const pause = (action: CampaignPause['action'], over: Partial<CampaignPause> = {}): CampaignPause => ({
  requestId: 'p-1',
  action,
  actor: deputy,
  reason: 'Rà soát tiêu chí',
  ...over,
});

describe('amending an issued plan', () => {
  it('replaces only the deadlines it names, keeping the other levels and phases', () => {
    const plan = smallPlan();
    const amended = amendPlan(plan, amendment({ phases: [{ phaseKey: 'so-ket', dueByLevel: { xa: { kind: 'announcedLater' } } }] }).phases);
    const soKet = amended.stages[0].phases.find((p) => p.key === 'so-ket')!;
    const before = plan.stages[0].phases.find((p) => p.key === 'so-ket')!;
    expect(soKet.dueByLevel).toEqual({ ...before.dueByLevel, xa: { kind: 'announcedLater' } });
    expect(amended.stages[0].phases.find((p) => p.key === 'phat-dong')).toEqual(plan.stages[0].phases.find((p) => p.key === 'phat-dong'));
    expect(before.dueByLevel.xa).not.toEqual({ kind: 'announcedLater' }); // the stored plan is not touched
  });

  it('is for the issuer’s leaders, with a reason, on phases the plan has, while the campaign runs or is suspended', () => {
    const plan = smallPlan();
    expect(refuseAmendment('running', 'TQ', plan, amendment())).toBeUndefined();
    expect(refuseAmendment('suspended', 'TQ', plan, amendment({ actor: deputy }))).toBeUndefined();
    expect(refuseAmendment('running', 'TQ', plan, amendment({ actor: clerk }))?.kind).toBe('forbidden');
    expect(refuseAmendment('running', 'TQ', plan, amendment({ actor: districtLeader }))?.kind).toBe('forbidden');
    expect(refuseAmendment('running', 'TQ', plan, amendment({ reason: '  ' }))?.kind).toBe('invalid');
    expect(refuseAmendment('running', 'TQ', plan, amendment({ phases: [] }))?.kind).toBe('invalid');
    const unknown = refuseAmendment('running', 'TQ', plan, amendment({ phases: [{ phaseKey: 'tong-ket', dueByLevel: {} }] }));
    expect(unknown).toEqual({ kind: 'invalid', message: 'Kế hoạch không có bước "tong-ket".', en: 'The plan has no step "tong-ket".' });
    expect(refuseAmendment('running', 'TQ', plan, amendment({ phases: [{ phaseKey: 'so-ket', dueByLevel: {} }] }))?.kind).toBe('invalid');
    expect(refuseAmendment('closed', 'TQ', plan, amendment())?.kind).toBe('conflict');
    expect(refuseAmendment('in_approval', 'TQ', plan, amendment())?.kind).toBe('conflict');
  });
});

describe('suspending and resuming a campaign', () => {
  it('suspends only a running campaign and resumes only a suspended one, by the issuer’s leaders with a reason', () => {
    expect(refusePause('running', 'TQ', pause('suspend'))).toBeUndefined();
    expect(refusePause('suspended', 'TQ', pause('resume'))).toBeUndefined();
    expect(refusePause('suspended', 'TQ', pause('suspend'))?.kind).toBe('conflict');
    expect(refusePause('running', 'TQ', pause('resume'))?.kind).toBe('conflict');
    expect(refusePause('running', 'TQ', pause('suspend', { actor: clerk }))?.kind).toBe('forbidden');
    expect(refusePause('running', 'TQ', pause('suspend', { reason: '' }))?.kind).toBe('invalid');
  });

  it('lets a suspended campaign be ended: suspension is often the step before a cancellation', () => {
    const ending = { requestId: 'e', outcome: 'cancelled' as const, reason: 'Trùng nội dung', actor: leader };
    expect(refuseEnding('suspended', 'TQ', ending)).toBeUndefined();
    expect(refuseEnding('closed', 'TQ', ending)?.kind).toBe('conflict');
  });

  it('moves deadlines by the pause rounded up to whole days, so 17:00 stays 17:00', () => {
    expect(suspensionShiftMs('2026-11-02T03:00:00Z', '2026-11-02T04:00:00Z')).toBe(86_400_000);
    expect(suspensionShiftMs('2026-11-02T03:00:00Z', '2026-11-05T03:00:00Z')).toBe(3 * 86_400_000);
    expect(suspensionShiftMs('2026-11-02T03:00:00Z', '2026-11-05T03:00:01Z')).toBe(4 * 86_400_000);
    expect(suspensionShiftMs('2026-11-02T03:00:00Z', '2026-11-02T03:00:00Z')).toBe(0);
  });
});
