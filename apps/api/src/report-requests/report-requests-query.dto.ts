import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PaginationQuery } from '../common/pagination.dto';

export class ReportRequestsQuery extends PaginationQuery {
  @ApiPropertyOptional({ description: 'Only requests made within this campaign' })
  @IsOptional()
  @IsUUID()
  campaignId?: string;
}
