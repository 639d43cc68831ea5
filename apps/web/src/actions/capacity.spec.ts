import {
  capacityOfValue,
  capacityValue,
  planDecisionCapacityParam,
  planSigningChoice,
  reportDecisionCapacities,
  reportDecisionCapacityParam,
} from './capacity';

describe('reportDecisionCapacities', () => {
  it('lets the head decide in their own name or on behalf of the body', () => {
    expect(reportDecisionCapacities(['leader'])).toEqual([null, 'TM']);
    expect(reportDecisionCapacities(['leader', 'deputy_leader'])).toEqual([null, 'TM']);
  });

  it('has a deputy sign in the head’s place, and nothing else', () => {
    expect(reportDecisionCapacities(['deputy_leader'])).toEqual(['KT']);
  });

  it('offers nothing to an official who does not decide', () => {
    expect(reportDecisionCapacities(['specialist'])).toEqual([]);
  });
});

describe('planSigningChoice', () => {
  it('has a People’s Committee deputy sign "KT." as the plan prints', () => {
    expect(planSigningChoice(['deputy_leader'], 'KT')).toEqual({ capacities: ['KT'], matchesPrint: true });
  });

  it('has a deputy of a body whose deputies sign on its behalf sign "TM."', () => {
    expect(planSigningChoice(['deputy_leader'], 'TM')).toEqual({ capacities: ['TM'], matchesPrint: true });
  });

  it('has the head sign as printed: in their own name, or on behalf of the body', () => {
    expect(planSigningChoice(['leader'], null)).toEqual({ capacities: [null], matchesPrint: true });
    expect(planSigningChoice(['leader'], 'TM')).toEqual({ capacities: ['TM'], matchesPrint: true });
  });

  it('warns when the plan prints a signature the official cannot give', () => {
    expect(planSigningChoice(['leader'], 'KT')).toEqual({ capacities: [null, 'TM'], matchesPrint: false });
    expect(planSigningChoice(['deputy_leader'], null)).toEqual({ capacities: ['KT'], matchesPrint: false });
  });

  it('offers nothing to an official who does not sign', () => {
    expect(planSigningChoice(['specialist'], 'KT').capacities).toEqual([]);
  });
});

describe('capacity values and parameters', () => {
  it('round-trips through the form’s value', () => {
    for (const capacity of [null, 'TM', 'KT', 'TUQ'] as const) expect(capacityOfValue(capacityValue(capacity))).toBe(capacity);
    expect(capacityOfValue(undefined)).toBeNull();
  });

  it('sends only what each endpoint takes', () => {
    expect([null, 'TM', 'KT'].map((c) => reportDecisionCapacityParam(c as never))).toEqual([undefined, 'TM', undefined]);
    expect([null, 'TM', 'KT'].map((c) => planDecisionCapacityParam(c as never))).toEqual([undefined, 'TM', 'KT']);
  });
});
