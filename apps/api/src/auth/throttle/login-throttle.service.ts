import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@tdkt/config';
import { LoginThrottleStore } from '@tdkt/persistence';
import { APP_CONFIG } from '../../config/config.module';
import { lockoutMessage } from './lockout-message';
import { admission, afterFailure } from './login-throttle-rules';
import { LoginThrottledException } from './login-throttled.exception';

const accountKey = (username: string) => `account:${username}`;
const addressKey = (address: string) => `address:${address}`;

/** Counts failed sign-ins per username and per client address (config.loginThrottle), shared through the database. */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly store: LoginThrottleStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws LoginThrottledException while the username or the address is locked. */
  async admit(username: string, address: string | undefined, now = new Date()): Promise<void> {
    const counted: [scope: 'account' | 'address', key: string][] = [['account', accountKey(username)]];
    if (address) counted.push(['address', addressKey(address)]);
    const states = await this.store.read(counted.map(([, key]) => key));
    for (const [whose, key] of counted) {
      const verdict = admission(states.get(key), now);
      if (!verdict.allowed)
        throw new LoginThrottledException(lockoutMessage(whose, verdict.retryAfterSeconds, verdict.lockedUntil), verdict.retryAfterSeconds);
    }
  }

  async recordFailure(username: string, address: string | undefined, now = new Date()): Promise<void> {
    const { account, address: perAddress } = this.config.loginThrottle;
    await this.store.update(accountKey(username), now, (state) => afterFailure(state, account, now));
    if (address) await this.store.update(addressKey(address), now, (state) => afterFailure(state, perAddress, now));
  }

  /**
   * After a sign-in, or an administrator's reset: the account's count and lockouts start over. The address's do not,
   * or signing in to one's own account would unlock guessing at others.
   */
  async resetAccount(username: string): Promise<void> {
    await this.store.forget(accountKey(username));
  }
}
