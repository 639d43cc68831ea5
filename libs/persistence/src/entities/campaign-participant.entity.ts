import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { jsonColumn } from '../campaigns/json-column';

/**
 * One unit taking part in a campaign, as the tree stood when the campaign was issued. The fan-out reads
 * this list, not today's tree, so a later merge, move or dissolution never changes which workflows a
 * running campaign addresses (an org change hands duties over instead).
 */
@Entity('campaign_participants')
@Index('IDX_campaign_participants_reports_to', ['campaignId', 'reportsTo'])
export class CampaignParticipantEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 64 })
  campaignId!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'varchar', length: 64 })
  unitCode!: string;

  /** The issuer reports to itself. */
  @Column({ name: 'reports_to', type: 'varchar', length: 64 })
  reportsTo!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 300 })
  unitName!: string;

  @Column({ name: 'level_code', type: 'varchar', length: 32 })
  levelCode!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 1000 })
  path!: string;

  @Column({ name: 'group_keys', type: 'text', transformer: jsonColumn })
  groupKeys!: string[];

  @Column({ name: 'compiler_only', type: 'boolean', default: false })
  compilerOnly!: boolean;
}
