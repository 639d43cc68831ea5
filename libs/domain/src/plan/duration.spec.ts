import { isDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['0s', 0],
    ['30s', 30_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
    ['3d', 259_200_000],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('counts a day as 24 real hours, not a working day', () => {
    expect(parseDuration('1d')).toBe(parseDuration('24h'));
  });

  it.each(['', '5', 'm', '1.5h', '-1d', '2 h', ' 2h', '2H', '1w', '3 ngày', '1d2h'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(/Not a duration.*s, m, h or d/);
    expect(isDuration(text)).toBe(false);
  });

  it('rejects values that are not strings, as JSON may hold', () => {
    expect(() => parseDuration(3 as unknown as string)).toThrow(/Not a duration: 3/);
  });

  it('rejects a duration too long to count in milliseconds exactly', () => {
    expect(() => parseDuration('99999999999999d')).toThrow(/too long/);
    expect(isDuration('99999999999999d')).toBe(false);
  });
});
