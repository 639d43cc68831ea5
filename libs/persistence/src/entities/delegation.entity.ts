import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HumanTaskKind } from '@tdkt/domain';

const kindsCsv = {
  to: (kinds: HumanTaskKind[]) => kinds.join(','),
  from: (text: string) => (text ? (text.split(',') as HumanTaskKind[]) : []),
};

/** A leader's delegation of some decisions to another official of the body, for a period. */
@Entity('delegations')
export class DelegationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'from_official_id', type: 'varchar', length: 36 })
  fromOfficialId!: string;

  @Column({ name: 'to_official_id', type: 'varchar', length: 36 })
  toOfficialId!: string;

  /** The delegating leader's unit: whose decisions these are. */
  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ type: 'varchar', length: 200, transformer: kindsCsv })
  kinds!: HumanTaskKind[];

  /** Null: every campaign. */
  @Column({ name: 'campaign_id', type: 'varchar', length: 64, nullable: true })
  campaignId!: string | null;

  @Column({ name: 'starts_at', type: Date })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: Date })
  endsAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  /** The leader, or an administrator reassigning an absent leader's tasks. */
  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'varchar', length: 36, nullable: true })
  revokedBy!: string | null;

  @Column({ name: 'revoke_reason', type: 'text', nullable: true })
  revokeReason!: string | null;
}
