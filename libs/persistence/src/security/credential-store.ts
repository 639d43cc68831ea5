import type { DataSource } from 'typeorm';
import { OfficialEntity, SessionEntity, type SessionRevokeReason } from '../entities';

/** Writes an official's password; every session signed in with the old one ends in the same transaction. */
export class CredentialStore {
  constructor(private readonly dataSource: DataSource) {}

  async setPassword(
    officialId: string,
    passwordHash: string,
    change: { mustChangePassword: boolean; revokeReason: SessionRevokeReason },
    now = new Date(),
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(OfficialEntity)
        .update({ id: officialId }, { passwordHash, mustChangePassword: change.mustChangePassword });
      await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: now, revokeReason: change.revokeReason })
        .where('official_id = :officialId AND revoked_at IS NULL', { officialId })
        .execute();
    });
  }
}
