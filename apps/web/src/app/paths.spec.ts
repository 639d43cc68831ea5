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

describe('taskPath for a step of an award dossier', () => {
  const dossierId = '0b9c7c4e-3f1a-4c55-9d7e-2a8f7b0c1d2e';
  const task = { kind: 'award_step', campaignId: 'c-1', unitCode: 'XA-01' };

  it('opens the dossier, whatever the step', () => {
    for (const step of ['propose#0', 'appraise#1', 'council#3', 'decide#4'])
      expect(taskPath({ ...task, obligationKey: `award:${dossierId}:${step}` })).toBe(`/ho-so-khen-thuong/${dossierId}`);
  });

  it('opens the dossier while the province waits on the central outcome or on the answers to objections', () => {
    expect(taskPath({ ...task, obligationKey: `award:${dossierId}:forward#5:outcome` })).toBe(`/ho-so-khen-thuong/${dossierId}`);
    expect(taskPath({ ...task, obligationKey: `award:${dossierId}:post#2:answers` })).toBe(`/ho-so-khen-thuong/${dossierId}`);
  });

  it('falls back to the campaign’s dossiers for a key it cannot read', () => {
    expect(taskPath({ ...task, obligationKey: 'khen-thuong' })).toBe('/khen-thuong?phong-trao=c-1');
  });
});
