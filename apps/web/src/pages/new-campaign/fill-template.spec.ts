import type { PlanTemplate } from '@tdkt/domain';
import { fillTemplate, pendingLevelOffset, submissionOf } from './fill-template';
import { orgContextOf } from './org-snapshot';
import { demoPlan, readDemoProvince } from './spec-fixtures';

const template: PlanTemplate = {
  templateKey: 't',
  bodies: { appraiser: { kind: 'so', description: 'Sở Nội vụ' } },
  plan: {
    issuer: { unitCode: '{{issuer}}' },
    year: '{{year}}',
    levels: ['{{level}}', '{{level+1}}', '{{level+2}}'],
    due: { '{{level+2}}': 1 },
  },
};
const request = { issuerUnitCode: 'TQ', year: 2027, bodies: { appraiser: 'TQ-SNV' } };

describe('filling a template in the browser', () => {
  it('fills every placeholder when the tree below could be read', () => {
    expect(fillTemplate(template, orgContextOf(readDemoProvince(), 'TQ'), request, true)).toMatchObject({
      ok: true,
      draft: { levels: ['tinh', 'huyen', 'xa'], due: { xa: 1 } },
    });
  });

  it('leaves the levels it could not read as the template writes them, for the API to fill', () => {
    // A specialist reads their own unit and its children only: the communes' level is not known.
    const onlyTop = new Map([...readDemoProvince()].filter(([code]) => code === 'TQ'));
    expect(fillTemplate(template, orgContextOf(onlyTop, 'TQ'), request, false)).toEqual({
      ok: true,
      draft: {
        templateKey: 't',
        issuer: { unitCode: 'TQ' },
        year: 2027,
        levels: ['tinh', 'huyen', '{{level+2}}'],
        due: { '{{level+2}}': 1 },
      },
    });
  });

  it('still refuses what is missing for another reason', () => {
    const result = fillTemplate(template, orgContextOf(readDemoProvince(), 'TQ'), { issuerUnitCode: 'TQ-KHONG', year: 2027 }, false);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'issuerUnitCode' })] });
  });

  it('reads a level placeholder’s offset', () => {
    expect(pendingLevelOffset('{{level+2}}')).toBe(2);
    expect(pendingLevelOffset('xa')).toBeUndefined();
  });
});

describe('what is sent', () => {
  it('is the plan alone when it is complete', () => expect(submissionOf(demoPlan())).toEqual({ plan: demoPlan() }));

  it('names the template and issuer when placeholders remain, so the API fills them', () => {
    const plan = demoPlan();
    plan.participants.levels = ['tinh', 'huyen', '{{level+2}}'];
    expect(submissionOf(plan)).toEqual({ templateKey: 'thu-nghiem', issuerUnitCode: 'TQ', plan });
  });
});
