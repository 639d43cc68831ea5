import { actingChoices, chosenCapacity } from './acting-choices';

const delegated = (delegationId: string, leaderFullName: string, actions: string[]) => ({
  delegationId,
  leaderFullName,
  leaderUnitCode: 'XA',
  endsAt: '2026-12-31T00:00:00.000Z',
  actions,
});

describe('the capacities an official may act in on a dossier', () => {
  it('offers their own first, then each leader’s delegation, with the actions of each', () => {
    const choices = actingChoices({
      myActions: ['pass', 'decline'],
      delegatedActions: [delegated('d-1', 'Nguyễn Văn An', ['decide'])],
    });
    expect(choices.map((choice) => [choice.key, [...choice.actions]])).toEqual([
      ['own', ['pass', 'decline']],
      ['d-1', ['decide']],
    ]);
    expect(choices[0].delegation).toBeUndefined();
    expect(choices[1].delegation).toEqual({ id: 'd-1', from: { fullName: 'Nguyễn Văn An' }, endsAt: '2026-12-31T00:00:00.000Z' });
  });

  it('leaves out their own capacity when the panel has nothing for it (a document is attached elsewhere)', () => {
    const choices = actingChoices({ myActions: ['attach'], delegatedActions: [delegated('d-1', 'Nguyễn Văn An', ['pass', 'attach'])] });
    expect(choices.map((choice) => [choice.key, [...choice.actions]])).toEqual([['d-1', ['pass']]]);
  });

  it('offers nothing when neither they nor a delegation may act', () => {
    expect(actingChoices({ myActions: [], delegatedActions: [] })).toEqual([]);
  });
});

describe('the capacity in use', () => {
  const choices = actingChoices({
    myActions: ['object'],
    delegatedActions: [delegated('d-1', 'Nguyễn Văn An', ['decide'])],
  });

  it('is the one chosen while it is offered', () => {
    expect(chosenCapacity(choices, 'd-1')?.key).toBe('d-1');
  });

  it('falls back to the first once the chosen delegation allows nothing more, or before any choice', () => {
    expect(chosenCapacity(choices, 'd-gone')?.key).toBe('own');
    expect(chosenCapacity(choices, undefined)?.key).toBe('own');
    expect(chosenCapacity([], 'own')).toBeUndefined();
  });
});
