import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { HUMAN_TASK_KINDS, PHASE_KIND_VALUES } from '@tdkt/domain';
import { INBOX_DUE_STATES, type InboxDueState } from '@tdkt/persistence';
import { PaginationQuery } from '../common/pagination.dto';

const INBOX_KINDS = [...PHASE_KIND_VALUES, ...HUMAN_TASK_KINDS];

/** What the inbox can be narrowed to: one campaign, one kind of task, overdue or not or without a deadline yet. */
export class InboxQueryDto extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Only the tasks of this campaign (or request)' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId phải là mã phong trào (UUID).' })
  campaignId?: string;

  @ApiPropertyOptional({ enum: INBOX_KINDS, description: 'Only tasks of this kind: a phase kind, or a kind of human step' })
  @IsOptional()
  @IsIn(INBOX_KINDS, { message: `kind phải là một trong: ${INBOX_KINDS.join(', ')}.` })
  kind?: string;

  @ApiPropertyOptional({
    enum: INBOX_DUE_STATES,
    description: 'overdue: past its deadline now; upcoming: not yet; undated: the deadline is still to be announced',
  })
  @IsOptional()
  @IsIn(INBOX_DUE_STATES, { message: `due phải là một trong: ${INBOX_DUE_STATES.join(', ')}.` })
  due?: InboxDueState;
}
