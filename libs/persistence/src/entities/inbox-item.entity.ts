import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Assignment, HumanTaskKind, PhaseKind, Role } from '@tdkt/domain';

/** What the official does: an obligation's submit / approve / decide_extension, or a plan step's approve / sign. */
export type InboxAction = Assignment['action'] | 'sign';
export type InboxItemStatus = 'open' | 'done';

/** Roles are stored comma-separated so "does this official hold one of them" stays a portable LIKE. */
const rolesCsv = {
  to: (roles: Role[] | null | undefined) => (roles ? roles.join(',') : roles),
  from: (csv: string | null) => (csv ? (csv.split(',') as Role[]) : []),
};

/** What someone must do now on one obligation of one unit: a projection of the participation workflow. */
@Entity('inbox_items')
@Index('IDX_inbox_items_assignee', ['assigneeUnitCode', 'status', 'dueAt'])
export class InboxItemEntity {
  /** `${campaignId}|${unitCode}|${obligationKey}`: one item per obligation, updated as it moves on. */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Index()
  @Column({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  /** The unit that owes the obligation (the assignee may be its parent, when approval is due). */
  @Column({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  @Column({ name: 'obligation_key', type: 'varchar', length: 100 })
  obligationKey!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  /** The obligation's phase kind, or the kind of human step (plan_approval…). */
  @Column({ type: 'varchar', length: 20 })
  kind!: PhaseKind | HumanTaskKind;

  /** Null once nobody has to act (status done). */
  @Column({ name: 'assignee_unit_code', type: 'varchar', length: 64, nullable: true })
  assigneeUnitCode!: string | null;

  @Column({ name: 'assignee_roles', type: 'varchar', length: 200, nullable: true, transformer: rolesCsv })
  assigneeRoles!: Role[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  action!: InboxAction | null;

  /** Null while the plan announces the deadline later. */
  @Column({ name: 'due_at', type: Date, nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'varchar', length: 10 })
  status!: InboxItemStatus;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
