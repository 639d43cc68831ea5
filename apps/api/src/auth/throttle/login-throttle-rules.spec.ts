import type { LoginThrottleLimits } from '@tdkt/config';
import type { LoginThrottleState } from '@tdkt/persistence';
import { admission, afterFailure } from './login-throttle-rules';

const limits: LoginThrottleLimits = {
  maxFailures: 10,
  windowSeconds: 60,
  lockoutSeconds: 60,
  lockoutMaxSeconds: 240,
  forgetLockoutsAfterSeconds: 86_400,
};
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 30, 2, 0, 0) + seconds * 1000);

/** Fails `count` times, one second apart from `start`, and returns the state. */
function fail(count: number, start: number, from: LoginThrottleState | null = null): LoginThrottleState | null {
  let state = from;
  for (let i = 0; i < count; i++) state = afterFailure(state, limits, at(start + i));
  return state;
}

describe('login throttle rules', () => {
  it('lets ten failures through in a minute and refuses the eleventh attempt for the rest of the lockout', () => {
    const nine = fail(9, 0);
    expect(admission(nine, at(9))).toEqual({ allowed: true });
    const ten = fail(1, 9, nine);
    expect(ten).toMatchObject({ failures: 0, lockouts: 1, lockedUntil: at(69) });
    expect(admission(ten, at(10))).toEqual({ allowed: false, retryAfterSeconds: 59, lockedUntil: at(69) });
    expect(admission(ten, at(69))).toEqual({ allowed: true });
  });

  it('counts in a fixed window: failures spread over more than a minute never lock', () => {
    let state: LoginThrottleState | null = null;
    for (let i = 0; i < 30; i++) state = afterFailure(state, limits, at(i * 7));
    expect(state?.lockedUntil).toBeNull();
    expect(state?.failures).toBeLessThan(10);
  });

  it('doubles each lockout in a row, up to the maximum', () => {
    const lengths: number[] = [];
    let state: LoginThrottleState | null = null;
    let now = 0;
    for (let round = 0; round < 5; round++) {
      state = fail(10, now, state);
      const lockedFor = (state!.lockedUntil!.getTime() - at(now + 9).getTime()) / 1000;
      lengths.push(lockedFor);
      now += 9 + lockedFor;
    }
    expect(lengths).toEqual([60, 120, 240, 240, 240]);
  });

  it('starts the doubling over after a quiet day', () => {
    const locked = fail(10, 0);
    const dayLater = fail(10, 69 + 86_400, locked);
    expect(dayLater).toMatchObject({ lockouts: 1, lockedUntil: at(69 + 86_400 + 9 + 60) });
  });
});
