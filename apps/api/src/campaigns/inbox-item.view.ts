import { ApiProperty } from '@nestjs/swagger';
import { HUMAN_TASK_KINDS, PHASE_KIND_VALUES, ROLES, type Role } from '@tdkt/domain';

// The shape of GET /inbox, for the OpenAPI document (and so the web app's generated client).

export class InboxItemView {
  @ApiProperty({ description: '`campaignId|unitCode|obligationKey`' }) key!: string;
  @ApiProperty() campaignId!: string;
  @ApiProperty({ description: 'The unit that owes the obligation' }) unitCode!: string;
  @ApiProperty() obligationKey!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: [...PHASE_KIND_VALUES, ...HUMAN_TASK_KINDS], description: 'The phase kind, or the kind of human step' })
  kind!: string;
  @ApiProperty({ type: String, nullable: true }) assigneeUnitCode!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) assigneeRoles!: Role[];
  @ApiProperty({ enum: ['submit', 'approve', 'decide_extension', 'sign'], nullable: true }) action!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while the plan announces the deadline later' })
  dueAt!: Date | null;
  @ApiProperty({ enum: ['open', 'done'] }) status!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The delegation (ủy quyền) the task is listed under, to decide it TUQ.; null for the official’s own task',
  })
  delegationId!: string | null;
}

export class InboxPageView {
  @ApiProperty({ type: [InboxItemView] }) items!: InboxItemView[];
  @ApiProperty() total!: number;
}
