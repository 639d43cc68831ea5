import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanTemplate } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/** A template an administrator added beside the shipped ones; kept as written, never edited in place. */
@Entity('plan_templates')
export class PlanTemplateEntity {
  @PrimaryColumn({ name: 'template_key', type: 'varchar', length: 100 })
  templateKey!: string;

  /** The whole template: issuer kinds, bodies, and the plan with its placeholders. */
  @Column({ type: 'text', transformer: jsonColumn })
  template!: PlanTemplate;

  @Column({ name: 'added_by', type: 'varchar', length: 36 })
  addedBy!: string;

  @Column({ name: 'added_by_name', type: 'varchar', length: 200 })
  addedByName!: string;

  @Column({ name: 'added_at', type: Date })
  addedAt!: Date;
}
