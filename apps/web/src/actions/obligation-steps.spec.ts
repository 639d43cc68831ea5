import type { ObligationStep } from '../api/action-queries';
import { pendingExtension, returnToAnswer } from './obligation-steps';

const step = (action: ObligationStep['action'], comment: string | null = null): ObligationStep => ({
  requestId: 'r',
  at: '2026-03-10T01:00:00.000Z',
  action,
  actorUsername: 'x',
  actorFullName: 'X',
  actorRole: null,
  capacity: null,
  comment,
  proposedDueAt: null,
  newDueAt: null,
  delegatedByFullName: null,
});

describe('pendingExtension', () => {
  it('is the last request not answered yet', () => {
    const asked = step('extension_requested', 'Chờ HĐND xã');
    expect(pendingExtension([step('report_submitted'), asked, step('report_returned')])).toBe(asked);
  });

  it('is none once answered, granted or refused', () => {
    expect(pendingExtension([step('extension_requested'), step('extension_granted')])).toBeNull();
    expect(pendingExtension([step('extension_requested'), step('extension_refused')])).toBeNull();
    expect(pendingExtension([])).toBeNull();
  });

  it('is the new request after an earlier one was answered', () => {
    const again = step('extension_requested', 'lần hai');
    expect(pendingExtension([step('extension_requested'), step('extension_refused'), again])).toBe(again);
  });
});

describe('returnToAnswer', () => {
  it('is the last return while nothing was sent after it', () => {
    const returned = step('report_returned', 'Bổ sung số hiệu kế hoạch');
    expect(returnToAnswer([step('report_submitted'), returned, step('extension_requested')])).toBe(returned);
  });

  it('is none once the unit sent again, or nothing was returned', () => {
    expect(returnToAnswer([step('report_submitted'), step('report_returned'), step('report_submitted')])).toBeNull();
    expect(returnToAnswer([step('report_submitted'), step('report_approved')])).toBeNull();
  });
});
