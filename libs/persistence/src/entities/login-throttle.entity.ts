import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins counted for one username or one client address, in the database so that every api replica
 * sees the same count. A row is the whole state the throttle decides on (see the api's login-throttle rules).
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  /** "account:<username>" or "address:<ip>". */
  @PrimaryColumn({ name: 'throttle_key', type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'window_started_at', type: Date })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'locked_until', type: Date, nullable: true })
  lockedUntil!: Date | null;

  /** Lockouts in a row: each doubles the next one's length. */
  @Column({ type: 'integer' })
  lockouts!: number;
}
