import { demoProvince } from './__fixtures__/org-fixtures';
import { smallPlan } from './__fixtures__/plan-fixtures';
import { compilationsBy, followedBy } from './compilations';
import { selectParticipants } from './participants';
import type { PlanDefinition } from './plan.types';

const compiling = (unitCode: string, participants: PlanDefinition['participants']): PlanDefinition => ({
  ...smallPlan(),
  participants,
  responsibilities: [
    {
      party: 'Sở Nội vụ',
      unitCode,
      role: 'lead',
      tasks: ['Theo dõi, tổng hợp'],
      compiles: [{ phaseKey: 'so-ket', follows: { levels: ['xa'] }, due: { kind: 'date', date: '2026-06-30' } }],
    },
  ],
});

describe('a named body compiling reports', () => {
  it('follows the participants in its scope that owe the phase, wherever they report', () => {
    const plan = compiling('TQ-SNV', { levels: ['huyen', 'xa'] });
    const participants = selectParticipants(plan, demoProvince());
    const followed = followedBy(plan, compilationsBy(plan, 'TQ-SNV')[0], participants, 'TQ-SNV');
    expect(followed.map((p) => p.unitCode).sort()).toEqual(['TQ-SD-HOPTHANH', 'TQ-SD-TUTHINH', 'TQ-YS-LANGQUAN', 'TQ-YS-THANGQUAN']);
    expect(followed.every((p) => p.reportsTo !== 'TQ-SNV')).toBe(true);
  });

  it('takes part to compile, reporting to the issuer, when the plan does not otherwise include it', () => {
    const participants = selectParticipants(compiling('TQ-SNV', { levels: ['xa'] }), demoProvince());
    expect(participants.find((p) => p.unitCode === 'TQ-SNV')).toMatchObject({ reportsTo: 'TQ', compilerOnly: true });
    // Nobody reports to a body that only compiles: the communes still report to the issuer.
    expect(participants.filter((p) => p.levelCode === 'xa').every((p) => p.reportsTo === 'TQ')).toBe(true);
    const included = selectParticipants(compiling('TQ-SNV', { levels: ['tinh', 'xa'], kinds: ['so', 'ubnd'] }), demoProvince());
    expect(included.find((p) => p.unitCode === 'TQ-SNV')?.compilerOnly).toBeUndefined();
  });
});
