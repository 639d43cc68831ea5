import type { DataSource } from 'typeorm';
import { AtomicWork, Engine, runAtomically, sql, SqlText } from '../campaigns/atomic-sql';
import { LoginThrottleEntity } from '../entities';

/** What the throttle remembers of one username or address; the rules that read and change it live in the api. */
export interface LoginThrottleState {
  windowStartedAt: Date;
  failures: number;
  lockedUntil: Date | null;
  lockouts: number;
}

/**
 * The failed-sign-in counts, shared by every api replica through the database. A change is read, decided and
 * written in one transaction with the row locked, so two replicas counting the same failure at once both count.
 */
export class LoginThrottleStore {
  constructor(private readonly dataSource: DataSource) {}

  async read(keys: readonly string[]): Promise<Map<string, LoginThrottleState>> {
    const rows = await this.dataSource.getRepository(LoginThrottleEntity).find({ where: keys.map((key) => ({ key })) });
    return new Map(rows.map(({ key, ...state }) => [key, state]));
  }

  /** Applies `next` to the current state (null when none); a null result forgets the key. */
  update(
    key: string,
    now: Date,
    next: (current: LoginThrottleState | null) => LoginThrottleState | null,
  ): Promise<LoginThrottleState | null> {
    return runAtomically(this.dataSource, (engine) => updateRow(engine, key, now, next));
  }

  async forget(key: string): Promise<void> {
    await this.dataSource.getRepository(LoginThrottleEntity).delete({ key });
  }
}

function* updateRow(
  engine: Engine,
  key: string,
  now: Date,
  next: (current: LoginThrottleState | null) => LoginThrottleState | null,
): AtomicWork<LoginThrottleState | null> {
  // The row must exist before it can be locked: two replicas inserting it at once would otherwise collide.
  yield sql`INSERT INTO login_throttle (throttle_key, window_started_at, failures, locked_until, lockouts)
    VALUES (${key}, ${now}, 0, NULL, 0) ON CONFLICT (throttle_key) DO NOTHING`;
  const lock = new SqlText(engine === 'postgres' ? ' FOR UPDATE' : '');
  const [row] =
    yield sql`SELECT window_started_at, failures, locked_until, lockouts FROM login_throttle WHERE throttle_key = ${key}${lock}`;
  const current: LoginThrottleState = {
    windowStartedAt: readDate(row.window_started_at) ?? now,
    failures: Number(row.failures),
    lockedUntil: readDate(row.locked_until),
    lockouts: Number(row.lockouts),
  };
  const fresh = current.failures === 0 && current.lockouts === 0 && !current.lockedUntil;
  const state = next(fresh ? null : current);
  if (!state) {
    yield sql`DELETE FROM login_throttle WHERE throttle_key = ${key}`;
    return null;
  }
  yield sql`UPDATE login_throttle SET window_started_at = ${state.windowStartedAt}, failures = ${state.failures},
    locked_until = ${state.lockedUntil}, lockouts = ${state.lockouts} WHERE throttle_key = ${key}`;
  return state;
}

/** PostgreSQL answers a Date; SQLite the UTC text TypeORM writes ("YYYY-MM-DD HH:MM:SS.SSS"). */
function readDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(`${String(value).replace(' ', 'T')}Z`);
}
