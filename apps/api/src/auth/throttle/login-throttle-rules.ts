import type { LoginThrottleLimits } from '@tdkt/config';
import type { LoginThrottleState } from '@tdkt/persistence';

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number; lockedUntil: Date };

/** Whether a sign-in may even be tried: not while the key is locked. */
export function admission(state: LoginThrottleState | null | undefined, now: Date): Admission {
  if (!state?.lockedUntil || state.lockedUntil.getTime() <= now.getTime()) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000),
    lockedUntil: state.lockedUntil,
  };
}

/**
 * The state after one more failure. Failures count in a fixed window; the one that reaches the limit locks the key,
 * for twice as long as the lockout before it (up to the maximum), and counting starts over when the lock ends.
 */
export function afterFailure(state: LoginThrottleState | null, limits: LoginThrottleLimits, now: Date): LoginThrottleState {
  const windowEnd = state ? state.windowStartedAt.getTime() + limits.windowSeconds * 1000 : 0;
  const inWindow = state !== null && now.getTime() >= state.windowStartedAt.getTime() && now.getTime() < windowEnd;
  const failures = inWindow ? state.failures + 1 : 1;
  const windowStartedAt = inWindow ? state.windowStartedAt : now;
  const lockouts = state && !lockoutsForgotten(state, limits, now) ? state.lockouts : 0;
  if (failures < limits.maxFailures) return { windowStartedAt, failures, lockedUntil: state?.lockedUntil ?? null, lockouts };
  const lockoutSeconds = Math.min(limits.lockoutSeconds * 2 ** lockouts, limits.lockoutMaxSeconds);
  const lockedUntil = new Date(now.getTime() + lockoutSeconds * 1000);
  return { windowStartedAt: lockedUntil, failures: 0, lockedUntil, lockouts: lockouts + 1 };
}

/** A quiet spell long enough after the last lockout: the next one is short again. */
function lockoutsForgotten(state: LoginThrottleState, limits: LoginThrottleLimits, now: Date): boolean {
  return !state.lockedUntil || now.getTime() - state.lockedUntil.getTime() >= limits.forgetLockoutsAfterSeconds * 1000;
}
