import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PaginationQuery } from '../common/pagination.dto';
import { RequestIdDto } from '../common/request-id.dto';

/** A plan arrives as data and is checked field by field by the domain's plan validator. */
export class CreateCampaignDto {
  @ApiPropertyOptional({ example: 'tq-chuyen-doi-so', description: 'Start from a template (GET /campaign-templates)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  templateKey?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'A full plan (PlanDefinition); fields given here override the template',
  })
  @IsOptional()
  @IsObject()
  plan?: Record<string, unknown>;
}

export class CloneCampaignDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year!: number;
}

export class ListCampaignsQuery extends PaginationQuery {
  @ApiPropertyOptional({ enum: ['in_approval', 'rejected', 'expired', 'issued', 'running', 'suspended', 'closed', 'cancelled'] })
  @IsOptional()
  @IsIn(['in_approval', 'rejected', 'expired', 'issued', 'running', 'suspended', 'closed', 'cancelled'])
  status?: string;
}

export class PlanDecisionDto extends RequestIdDto {
  @ApiProperty({ enum: ['submit', 'approve', 'return', 'reject'] })
  @IsIn(['submit', 'approve', 'return', 'reject'])
  action!: 'submit' | 'approve' | 'return' | 'reject';

  @ApiPropertyOptional({ description: 'Required to return or reject' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({
    enum: ['TM', 'KT'],
    description: 'Signing capacity at the signing step: TM. on behalf of the body; a deputy always signs KT.',
  })
  @IsOptional()
  @IsIn(['TM', 'KT'])
  capacity?: 'TM' | 'KT';

  @ApiPropertyOptional({
    description: 'Decide under a leader’s delegation (ủy quyền): its id (GET /delegations); the record shows both names and TUQ.',
  })
  @IsOptional()
  @IsUUID()
  delegationId?: string;
}
