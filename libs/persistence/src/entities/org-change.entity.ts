import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** `refused`: on its day the set no longer fitted the tree (another set changed it meanwhile); nothing of it was written. */
export type OrgChangeStatus = 'scheduled' | 'applied' | 'refused';

/** A recorded set of org changes (rename, move, merge, split, deactivate) with its effective day. */
@Entity('org_changes')
export class OrgChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 'YYYY-MM-DD'. */
  @Index()
  @Column({ name: 'effective_on', type: 'varchar', length: 10 })
  effectiveOn!: string;

  @Column({ type: 'varchar', length: 2000 })
  reason!: string;

  /** The validated change set, as JSON text on both engines: read whole, never queried inside. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: OrgChangeStatus;

  /** The summary apply() returned, kept so a second apply answers the same without writing. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'requested_by', type: 'varchar', length: 36 })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'varchar', length: 40 })
  requestedAt!: string;

  @Column({ name: 'applied_at', type: 'varchar', length: 40, nullable: true })
  appliedAt!: string | null;
}
