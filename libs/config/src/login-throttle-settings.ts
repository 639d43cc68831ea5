import type { EnvReader } from './env-reader';

/** Counted failed sign-ins for one key (a username or a client address), over a fixed window. */
export interface LoginThrottleLimits {
  /** Failures allowed in one window; the next attempt is refused (429) without looking at the password. */
  maxFailures: number;
  windowSeconds: number;
  /** The first lockout; each further one doubles it, up to lockoutMaxSeconds. */
  lockoutSeconds: number;
  lockoutMaxSeconds: number;
  /** After this long without a lockout, the doubling starts over. */
  forgetLockoutsAfterSeconds: number;
}

/** Every number of the sign-in throttle, in one place. */
export interface LoginThrottlePolicy {
  account: LoginThrottleLimits;
  /** Higher than the account's: a unit's officials often share one address behind the office's router. */
  address: LoginThrottleLimits;
}

export function readLoginThrottle(read: EnvReader): LoginThrottlePolicy {
  const windowSeconds = read.integer('LOGIN_THROTTLE_WINDOW_SECONDS', 60, 10, 3600);
  const lockoutSeconds = read.integer('LOGIN_LOCKOUT_SECONDS', 60, 1, 3600);
  const lockoutMaxSeconds = read.integer('LOGIN_LOCKOUT_MAX_SECONDS', 3600, 1, 24 * 3600);
  read.check(lockoutMaxSeconds >= lockoutSeconds, 'LOGIN_LOCKOUT_MAX_SECONDS must not be below LOGIN_LOCKOUT_SECONDS');
  const common = { windowSeconds, lockoutSeconds, lockoutMaxSeconds, forgetLockoutsAfterSeconds: 24 * 3600 };
  return {
    account: { ...common, maxFailures: read.integer('LOGIN_MAX_FAILURES_PER_ACCOUNT', 10, 1, 1000) },
    address: { ...common, maxFailures: read.integer('LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 10000) },
  };
}
