import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { YearOverride } from '@tdkt/domain';
import { jsonColumn } from '../campaigns/json-column';

/**
 * A year of the national working-day calendar as an administrator entered it from the government's
 * announcement: it replaces the shipped year of the same number, for every plan.
 */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'text', transformer: jsonColumn })
  announcement!: YearOverride;

  /** The announcement it comes from: "Thông báo số …/TB-BLĐTBXH ngày …". */
  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
