import { MAX_ROUNDS_BETWEEN_TRIES, nextMailTry } from './mail-retry';

describe('nextMailTry', () => {
  const now = new Date('2026-11-30T03:00:00.000Z');
  const minute = 60_000;
  const waited = (failures: number) => (nextMailTry(now, failures, minute).getTime() - now.getTime()) / minute;

  it('waits one round after the first failure, then doubles', () => {
    expect([1, 2, 3, 4, 5].map(waited)).toEqual([1, 2, 4, 8, 16]);
  });

  it('never waits more than the cap, however long the relay refuses', () => {
    expect(waited(7)).toBe(MAX_ROUNDS_BETWEEN_TRIES);
    expect(waited(500)).toBe(MAX_ROUNDS_BETWEEN_TRIES);
  });
});
