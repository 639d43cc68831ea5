import type { Role } from '@tdkt/domain';
import { obligationActionsFor, type ObligationActions, type ObligationSituation } from './obligation-permissions';

const COMMUNE = 'TQ-YS-THANGQUAN';
const DISTRICT = 'TQ-YS';
const official = (unitCode: string, ...roles: Role[]) => ({ unitCode, roles });
const obligation = (change: Partial<ObligationSituation> = {}): ObligationSituation => ({
  unitCode: COMMUNE,
  reportsTo: DISTRICT,
  status: 'open',
  dueAt: '2026-06-30T10:00:00.000Z',
  extensionPending: false,
  ...change,
});
const allowed = (actions: ObligationActions) =>
  Object.entries(actions)
    .filter(([, may]) => may)
    .map(([action]) => action);

describe('obligationActionsFor', () => {
  it('lets the unit’s specialist send open or returned work, and ask for more time', () => {
    expect(allowed(obligationActionsFor(official(COMMUNE, 'specialist'), obligation()))).toEqual(['submit', 'requestExtension']);
    expect(allowed(obligationActionsFor(official(COMMUNE, 'specialist'), obligation({ status: 'returned' })))).toEqual([
      'submit',
      'requestExtension',
    ]);
  });

  it('lets the unit’s leader or deputy decide on sent work, and not the specialist', () => {
    const sent = obligation({ status: 'submitted' });
    expect(allowed(obligationActionsFor(official(COMMUNE, 'leader'), sent))).toEqual(['decide']);
    expect(allowed(obligationActionsFor(official(COMMUNE, 'deputy_leader'), sent))).toEqual(['decide']);
    expect(allowed(obligationActionsFor(official(COMMUNE, 'specialist'), sent))).toEqual([]);
  });

  it('leaves another unit’s work to that unit', () => {
    expect(allowed(obligationActionsFor(official('TQ-YS-LANGQUAN', 'leader'), obligation()))).toEqual([]);
    expect(allowed(obligationActionsFor(official(DISTRICT, 'leader'), obligation({ status: 'submitted' })))).toEqual([]);
  });

  it('gives a request for more time to the parent’s leader, and asks for no second one meanwhile', () => {
    const waiting = obligation({ extensionPending: true });
    expect(allowed(obligationActionsFor(official(DISTRICT, 'leader'), waiting))).toEqual(['decideExtension']);
    expect(allowed(obligationActionsFor(official(DISTRICT, 'specialist'), waiting))).toEqual([]);
    expect(allowed(obligationActionsFor(official(COMMUNE, 'specialist'), waiting))).toEqual(['submit']);
  });

  it('asks for no more time on a deadline still to be announced, nor on work already sent', () => {
    expect(obligationActionsFor(official(COMMUNE, 'specialist'), obligation({ dueAt: null })).requestExtension).toBe(false);
    expect(obligationActionsFor(official(COMMUNE, 'leader'), obligation({ status: 'submitted' })).requestExtension).toBe(false);
  });

  it('offers the unit nothing once approved, not yet open, or ended with the campaign', () => {
    for (const status of ['approved', 'pending', 'closed', 'cancelled'] as const)
      expect(allowed(obligationActionsFor(official(COMMUNE, 'leader', 'specialist'), obligation({ status })))).toEqual([]);
  });

  it('still lets the parent answer a request for more time after the work was sent, until the campaign ends', () => {
    const parent = official(DISTRICT, 'leader');
    expect(obligationActionsFor(parent, obligation({ status: 'submitted', extensionPending: true })).decideExtension).toBe(true);
    expect(obligationActionsFor(parent, obligation({ status: 'closed', extensionPending: true })).decideExtension).toBe(false);
  });

  it('lets an official holding the leader’s delegation decide what the leader would, and nothing else', () => {
    const specialist = official(COMMUNE, 'specialist');
    const sent = obligation({ status: 'submitted' });
    expect(allowed(obligationActionsFor(specialist, sent, { decide: true, decideExtension: false }))).toEqual(['decide']);
    expect(allowed(obligationActionsFor(specialist, obligation(), { decide: true, decideExtension: false }))).toEqual([
      'submit',
      'requestExtension',
    ]);
    const waiting = obligation({ extensionPending: true });
    expect(allowed(obligationActionsFor(official(DISTRICT, 'specialist'), waiting, { decide: false, decideExtension: true }))).toEqual([
      'decideExtension',
    ]);
    expect(
      obligationActionsFor(official(DISTRICT, 'specialist'), obligation({ status: 'cancelled', extensionPending: true }), {
        decide: true,
        decideExtension: true,
      }).decideExtension,
    ).toBe(false);
  });
});
