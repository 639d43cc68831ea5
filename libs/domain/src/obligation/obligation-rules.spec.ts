import type { ActorRef } from '../approval/approval.types';
import {
  assignmentOf,
  decisionCapacity,
  openObligation,
  refuseDecide,
  refuseDecideExtension,
  refuseRequestExtension,
  refuseSubmit,
  withEvent,
} from './obligation-rules';
import type { ObligationState } from './obligation.types';

const actor = (id: string, unitCode: string, roles: ActorRef['roles']): ActorRef => ({
  officialId: id,
  username: id,
  fullName: id,
  unitCode,
  roles,
});
const parties = { unitCode: 'XA', reportsTo: 'HUYEN' };
const specialist = actor('cv', 'XA', ['specialist']);
const leader = actor('ld', 'XA', ['leader']);
const deputy = actor('pld', 'XA', ['deputy_leader']);
const parentLeader = actor('ldh', 'HUYEN', ['leader']);
const spec = {
  key: 'so-ket',
  phaseKey: 'so-ket',
  stageKey: 'gd1',
  kind: 'interim_review' as const,
  title: 'Báo cáo sơ kết',
  opensAt: '2026-11-01T00:00:00.000Z',
  dueAt: '2026-12-01T10:00:00.000Z',
};
const open = (): ObligationState => ({ ...openObligation(spec), status: 'open' });
const event = { requestId: 'r', action: 'submit' as const, actor: specialist, at: '2026-11-20T00:00:00.000Z', comment: null };

describe('obligation rules', () => {
  it('lets the unit send and its leader decide, and nobody else', () => {
    expect(refuseSubmit(open(), parties, specialist, { summary: 'Báo cáo' })).toBeUndefined();
    expect(refuseSubmit(open(), parties, parentLeader, { summary: 'Báo cáo' })?.kind).toBe('forbidden');
    const submitted = withEvent(open(), event, { status: 'submitted' });
    expect(refuseDecide(submitted, parties, leader, 'approve')).toBeUndefined();
    expect(refuseDecide(submitted, parties, specialist, 'approve')?.kind).toBe('forbidden');
    expect(refuseDecide(submitted, parties, leader, 'return')?.kind).toBe('invalid');
  });

  it('leaves decisions on nominations to the issuer', () => {
    const decisions = { summary: 'Quyết định', nominationDecisions: [{ unitCode: 'XA', index: 0, outcome: 'approved' as const }] };
    expect(refuseSubmit(open(), parties, specialist, decisions)?.kind).toBe('forbidden');
    expect(refuseSubmit(open(), { unitCode: 'XA', reportsTo: 'XA' }, specialist, decisions)).toBeUndefined();
  });

  it('refuses what the state does not allow', () => {
    expect(refuseSubmit(openObligation(spec), parties, specialist, { summary: 'x' })?.kind).toBe('conflict');
    expect(refuseDecide(open(), parties, leader, 'approve')?.kind).toBe('conflict');
    expect(refuseSubmit(open(), parties, specialist, { summary: ' ' })?.kind).toBe('invalid');
    expect(refuseSubmit(open(), parties, specialist, { summary: 'x', kpiValues: { a: Number.NaN } })?.kind).toBe('invalid');
  });

  it('routes an extension request to the parent’s leader, who alone decides it', () => {
    const proposedDueAt = '2026-12-15T10:00:00.000Z';
    expect(refuseRequestExtension(open(), parties, specialist, '2026-11-15T10:00:00.000Z', 'lý do')?.kind).toBe('invalid');
    expect(refuseRequestExtension(open(), parties, specialist, proposedDueAt, 'Ốm')).toBeUndefined();
    const requested = withEvent(
      open(),
      { ...event, action: 'request_extension' },
      {
        extensions: [{ requestId: 'r', requestedBy: specialist, requestedAt: event.at, proposedDueAt, reason: 'Ốm' }],
      },
    );
    expect(assignmentOf(requested, parties)).toEqual({ unitCode: 'HUYEN', roles: ['leader', 'deputy_leader'], action: 'decide_extension' });
    expect(refuseRequestExtension(requested, parties, specialist, proposedDueAt, 'Lần nữa')?.kind).toBe('conflict');
    expect(refuseDecideExtension(requested, parties, leader, true)?.kind).toBe('forbidden');
    expect(refuseDecideExtension(requested, parties, parentLeader, true)).toBeUndefined();
  });

  it('records a deputy’s decision as KT.', () => {
    expect(decisionCapacity(deputy)).toBe('KT');
    expect(decisionCapacity(leader)).toBeNull();
    expect(decisionCapacity(leader, 'TM')).toBe('TM');
  });
});
