import type { PlanDefinition } from '@tdkt/domain';
import { criterionFor } from './kpi-labels';

const kpi = (key: string, text: string) => ({
  kind: 'kpi' as const,
  key,
  text,
  target: 90,
  unit: '%',
  comparison: 'atLeast' as const,
  aggregate: 'average' as const,
});
const plan: Pick<PlanDefinition, 'participantGroups'> = {
  participantGroups: [
    { key: 'cap-huyen', label: 'Cấp huyện', match: { levels: ['huyen'] }, criteria: [kpi('hai-long', 'Mức hài lòng (huyện)')] },
    { key: 'cap-xa', label: 'Cấp xã', match: { levels: ['xa'] }, criteria: [kpi('hai-long', 'Mức hài lòng (xã)')] },
    { key: 'rieng', label: 'Riêng', match: { unitCodes: ['TQ-SNV'] }, criteria: [kpi('mo-du-lieu', 'Mở dữ liệu')] },
  ],
};

describe('criterionFor', () => {
  it('reads the criterion of the unit’s own group when groups share a key', () => {
    expect(criterionFor(plan, 'hai-long', { unitCode: 'TQ-YS-THANGQUAN', levelCode: 'xa' })?.text).toBe('Mức hài lòng (xã)');
    expect(criterionFor(plan, 'hai-long', { unitCode: 'TQ-YS', levelCode: 'huyen' })?.text).toBe('Mức hài lòng (huyện)');
  });

  it('falls back to any group with the key, and to nothing for a key the plan does not have', () => {
    expect(criterionFor(plan, 'mo-du-lieu', { unitCode: 'TQ-YS', levelCode: 'huyen' })?.text).toBe('Mở dữ liệu');
    expect(criterionFor(plan, 'khong-co', { unitCode: 'TQ-YS', levelCode: 'huyen' })).toBeUndefined();
  });
});
