import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One sign-in of an official, from login to logout (or expiry, or revocation). Access tokens name it, so revoking
 * it ends them at once; its refresh token is stored only as a hash and replaced on every use.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'official_id', type: 'varchar', length: 36 })
  officialId!: string;

  /** SHA-256 of the current refresh token's secret: the token is random, so a fast hash is enough. */
  @Column({ name: 'refresh_token_hash', type: 'varchar', length: 64 })
  refreshTokenHash!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  /** When the current refresh token stops working; moves forward on every refresh. */
  @Column({ name: 'expires_at', type: Date })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoke_reason', type: 'varchar', length: 40, nullable: true })
  revokeReason!: SessionRevokeReason | null;
}

export type SessionRevokeReason = 'logout' | 'refresh_reuse' | 'password_changed' | 'password_reset' | 'deactivated';
