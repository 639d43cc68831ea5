import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PaginationQuery } from '../common/pagination.dto';
import { RequestIdDto } from '../common/request-id.dto';
import { DrafterBodiesDto } from '../templates/drafter-bodies.dto';

/**
 * A plan arrives as data and is checked field by field by the domain's plan validator: written in full, or
 * filled from a template for an issuer and a year (the template's placeholders), with fields of one's own.
 */
export class CreateCampaignDto {
  @ApiPropertyOptional({ example: 'ubnd-chuyen-doi-so', description: 'Start from a template (GET /campaign-templates)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  templateKey?: string;

  @ApiPropertyOptional({ example: 'TQ', description: 'With templateKey: the issuing unit the template is filled for ({{issuer}})' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  issuerUnitCode?: string;

  @ApiPropertyOptional({ example: 2026, description: 'With templateKey: the plan’s year ({{year}}, {{year+1}}…)' })
  @IsOptional()
  @IsInt({ message: 'Năm kế hoạch (year) phải là số nguyên, ví dụ 2026.' })
  @Min(2000)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ type: DrafterBodiesDto, description: 'With templateKey: units for the bodies the template names' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DrafterBodiesDto)
  bodies?: DrafterBodiesDto;

  @ApiPropertyOptional({
    example: 'Tuyên Quang',
    description: 'With templateKey: the place before the date ({{place}}), when the issuer’s name does not give it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  place?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'A full plan (PlanDefinition); with templateKey, fields given here replace the template’s and may use its placeholders',
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
