import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApprovalState, PlanDefinition } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/** Mirrors CampaignStatus in @tdkt/contracts, which persistence may not import; activities pass one into the other, so drift fails to compile. */
export type CampaignKind = 'plan' | 'request';

export type StoredCampaignStatus = 'in_approval' | 'rejected' | 'expired' | 'issued' | 'running' | 'suspended' | 'closed' | 'cancelled';

/** A campaign as the api lists it; the workflow owns its lifecycle and projects the status here. */
@Entity('campaigns')
@Index('UQ_campaigns_plan_number', ['issuerUnitCode', 'year', 'planNumber'], { unique: true })
export class CampaignEntity {
  /** Made by the app (it is also part of the workflow id), not by the database. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Index()
  @Column({ name: 'issuer_unit_code', type: 'varchar', length: 64 })
  issuerUnitCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: StoredCampaignStatus;

  /** "3/KH-UBND", set once when the plan is issued; unique per issuer and year. */
  @Column({ name: 'plan_number', type: 'varchar', length: 40, nullable: true })
  planNumber!: string | null;

  @Column({ type: 'text', transformer: jsonColumn })
  plan!: PlanDefinition;

  @Column({ name: 'template_key', type: 'varchar', length: 100, nullable: true })
  templateKey!: string | null;

  /** The official who drafted it. */
  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy!: string;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'issued_at', type: Date, nullable: true })
  issuedAt!: Date | null;

  /** The plan's approval chain as its workflow last projected it: readable after Temporal's retention. */
  @Column({ type: 'text', nullable: true, transformer: jsonColumn })
  approval!: ApprovalState | null;

  /** Decisions counted into `approval`, so a late retry of an older projection never overwrites a newer one. */
  @Column({ name: 'approval_version', type: 'integer', default: 0 })
  approvalVersion!: number;

  /** `plan`: a campaign run from a plan; `request`: a leader's request for a report outside the phases. */
  @Column({ type: 'varchar', length: 10, default: 'plan' })
  kind!: CampaignKind;

  /** The campaign above: for a request, the one it was made within; for a plan, the plan it implements. */
  @Column({ name: 'parent_campaign_id', type: 'varchar', length: 64, nullable: true })
  parentCampaignId!: string | null;

  /** 1 as issued; each amendment after issue adds one (see plan_amendments). */
  @Column({ name: 'plan_version', type: 'integer', default: 1 })
  planVersion!: number;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
