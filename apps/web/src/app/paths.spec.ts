import { obligationPath, taskPath } from './paths';

describe('taskPath', () => {
  const task = { campaignId: 'c-1', unitCode: 'XA-01', obligationKey: 'so-ket-2025' };

  it('opens a plan to approve or sign on its campaign', () => {
    expect(taskPath({ ...task, kind: 'plan_approval', obligationKey: 'plan:pho-chu-tich#1' })).toBe('/phong-trao/c-1');
  });

  it('opens a report to send on its obligation, with the key escaped', () => {
    expect(taskPath({ ...task, kind: 'implementation', obligationKey: 'bao-cao#2025-Q1' })).toBe(
      '/phong-trao/c-1/don-vi/XA-01/viec/bao-cao%232025-Q1',
    );
  });

  it('opens a leader’s approval or extension decision on the obligation it is about', () => {
    expect(taskPath({ ...task, kind: 'report_approval', obligationKey: 'so-ket-2025:approval#2' })).toBe(
      obligationPath('c-1', 'XA-01', 'so-ket-2025'),
    );
    expect(taskPath({ ...task, kind: 'extension_decision', obligationKey: 'bao-cao#2025-Q1:extension#0' })).toBe(
      obligationPath('c-1', 'XA-01', 'bao-cao#2025-Q1'),
    );
  });
});
