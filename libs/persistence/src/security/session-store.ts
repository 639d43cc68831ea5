import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { SessionEntity, type SessionRevokeReason } from '../entities';
import { newRefreshToken, parseRefreshToken } from './refresh-token';

export interface OpenedSession {
  sessionId: string;
  officialId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type RefreshOutcome =
  | ({ ok: true } & OpenedSession)
  /** 'reused': an already rotated token came back, so it was copied; the session is revoked. */
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused' };

/** Sign-in sessions: opened at login, rotated at each refresh, revoked at logout or when the password changes. */
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

  async open(officialId: string, lifetimeSeconds: number, now = new Date()): Promise<OpenedSession> {
    const sessionId = randomUUID();
    const { token, secretHash } = newRefreshToken(sessionId);
    const refreshExpiresAt = new Date(now.getTime() + lifetimeSeconds * 1000);
    // The official's sessions past their refresh expiry can be neither used nor replayed any more: the table stays small.
    await this.repository().delete({ officialId, expiresAt: LessThan(now) });
    await this.repository().insert({
      id: sessionId,
      officialId,
      refreshTokenHash: secretHash,
      createdAt: now,
      expiresAt: refreshExpiresAt,
      revokedAt: null,
      revokeReason: null,
    });
    return { sessionId, officialId, refreshToken: token, refreshExpiresAt };
  }

  /** Exchanges a refresh token for the next one; the old one stops working. */
  async rotate(refreshToken: string, lifetimeSeconds: number, now = new Date()): Promise<RefreshOutcome> {
    const parsed = parseRefreshToken(refreshToken);
    const session = parsed && (await this.repository().findOneBy({ id: parsed.sessionId }));
    if (!parsed || !session) return { ok: false, reason: 'unknown' };
    if (session.revokedAt) return { ok: false, reason: 'revoked' };
    if (session.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    const { token, secretHash } = newRefreshToken(session.id);
    const refreshExpiresAt = new Date(now.getTime() + lifetimeSeconds * 1000);
    // Conditional on the old hash: of two refreshes racing with the same token, only one wins; the other is a reuse.
    const updated = await this.repository().update(
      { id: session.id, refreshTokenHash: parsed.secretHash, revokedAt: IsNull() },
      { refreshTokenHash: secretHash, expiresAt: refreshExpiresAt },
    );
    if (updated.affected !== 1) {
      await this.revoke(session.id, 'refresh_reuse', now);
      return { ok: false, reason: 'reused' };
    }
    return { ok: true, sessionId: session.id, officialId: session.officialId, refreshToken: token, refreshExpiresAt };
  }

  /** True while the session may be used: not revoked (its access tokens carry their own expiry). */
  async isActive(sessionId: string, officialId: string): Promise<boolean> {
    return this.repository().existsBy({ id: sessionId, officialId, revokedAt: IsNull() });
  }

  async revoke(sessionId: string, reason: SessionRevokeReason, now = new Date()): Promise<void> {
    await this.repository().update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason });
  }

  async revokeAllOf(officialId: string, reason: SessionRevokeReason, now = new Date()): Promise<void> {
    await this.repository().update({ officialId, revokedAt: IsNull() }, { revokedAt: now, revokeReason: reason });
  }

  private repository() {
    return this.dataSource.getRepository(SessionEntity);
  }
}
