import { demoProvince, frontTree } from './__fixtures__/org-fixtures';
import { smallPlan } from './__fixtures__/plan-fixtures';
import { selectParticipants, unitMatches } from './participants';

describe('selectParticipants', () => {
  it('selects units of the given levels AND kinds below the issuer, never the issuer, in tree order', () => {
    const participants = selectParticipants(smallPlan(), demoProvince());
    expect(participants.map((p) => p.unitCode)).toEqual([
      'TQ-SD',
      'TQ-SD-HOPTHANH',
      'TQ-SD-TUTHINH',
      'TQ-SNV',
      'TQ-STTTT',
      'TQ-YS',
      'TQ-YS-LANGQUAN',
      'TQ-YS-THANGQUAN',
    ]);
  });

  it('sends each unit to its nearest participating ancestor, else to the issuer', () => {
    const byCode = new Map(selectParticipants(smallPlan(), demoProvince()).map((p) => [p.unitCode, p]));
    expect(byCode.get('TQ-YS-THANGQUAN')).toEqual({
      unitCode: 'TQ-YS-THANGQUAN',
      reportsTo: 'TQ-YS',
      levelCode: 'xa',
      kind: 'ubnd',
      groupKey: 'dia-phuong',
      groupKeys: ['dia-phuong'],
    });
    expect(byCode.get('TQ-SNV')?.reportsTo).toBe('TQ');
    expect(byCode.get('TQ-SNV')?.groupKey).toBe('cap-tinh');
  });

  it('skips a non-participating ancestor: communes report to the issuer when districts are excluded', () => {
    const plan = {
      ...smallPlan(),
      participants: { levels: ['xa'], unitCodes: ['TQ-SNV'], excludeUnitCodes: ['TQ-SD-TUTHINH'] },
    };
    const participants = selectParticipants(plan, demoProvince());
    expect(participants.map((p) => [p.unitCode, p.reportsTo])).toEqual([
      ['TQ-SD-HOPTHANH', 'TQ'],
      ['TQ-SNV', 'TQ'],
      ['TQ-YS-LANGQUAN', 'TQ'],
      ['TQ-YS-THANGQUAN', 'TQ'],
    ]);
  });

  it('takes only the listed units when neither levels nor kinds are given, and ignores unknown codes', () => {
    const plan = { ...smallPlan(), participants: { unitCodes: ['TQ-YS', 'KHONG-CO', 'TQ'] } };
    expect(selectParticipants(plan, demoProvince()).map((p) => p.unitCode)).toEqual(['TQ-YS']);
  });

  it('includes listed units outside the issuer subtree', () => {
    const plan = {
      ...smallPlan(),
      issuer: { unitCode: 'TQ-SNV' },
      participants: { kinds: ['so'], unitCodes: ['TQ-YS'] },
    };
    expect(selectParticipants(plan, demoProvince()).map((p) => [p.unitCode, p.reportsTo])).toEqual([['TQ-YS', 'TQ-SNV']]);
  });

  it('leaves groupKey null when no group matches', () => {
    const plan = { ...smallPlan(), participantGroups: [] };
    expect(selectParticipants(plan, demoProvince()).every((p) => p.groupKey === null)).toBe(true);
  });

  it('selects a Front tree with committees reporting up their own chain', () => {
    const plan = {
      ...smallPlan(),
      issuer: { unitCode: 'TQ-MTTQ' },
      participants: { levels: ['huyen', 'xa'], kinds: ['mttq'] },
    };
    const result = selectParticipants(plan, frontTree());
    expect(result.find((p) => p.unitCode === 'TQ-MTTQ-SD-TUTHINH')?.reportsTo).toBe('TQ-MTTQ-SD');
    expect(result.find((p) => p.unitCode === 'TQ-MTTQ-SD')?.reportsTo).toBe('TQ-MTTQ');
    expect(result).toHaveLength(6);
  });
});

describe('unitMatches', () => {
  const unit = { code: 'TQ-YS', levelCode: 'huyen', kind: 'ubnd', path: '/TQ/TQ-YS/' };
  it('requires every given list to contain the unit', () => {
    expect(unitMatches({}, unit)).toBe(true);
    expect(unitMatches({ levels: ['huyen'], kinds: ['ubnd'] }, unit)).toBe(true);
    expect(unitMatches({ levels: ['huyen'], kinds: ['so'] }, unit)).toBe(false);
    expect(unitMatches({ unitCodes: ['TQ-SD'] }, unit)).toBe(false);
    expect(unitMatches({ levels: [] }, unit)).toBe(false);
  });

  it('puts a unit in every group it matches: individuals’ criteria sit beside each unit’s own group', () => {
    const plan = smallPlan();
    plan.participantGroups.push({
      key: 'ca-nhan',
      label: 'Cá nhân tiêu biểu',
      match: {},
      criteria: [{ kind: 'qualitative', key: 'gương', text: 'Gương điển hình', appliesTo: 'individual' }],
    });
    const byCode = new Map(selectParticipants(plan, demoProvince()).map((p) => [p.unitCode, p]));
    expect(byCode.get('TQ-YS-THANGQUAN')).toMatchObject({ groupKey: 'dia-phuong', groupKeys: ['dia-phuong', 'ca-nhan'] });
    expect(byCode.get('TQ-SNV')?.groupKeys).toEqual(['cap-tinh', 'ca-nhan']);
  });
});
