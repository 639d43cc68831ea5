import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsISO8601,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { RequestIdDto } from '../common/request-id.dto';

export class NominationEntryDto {
  @ApiProperty() @IsString() @MaxLength(100) awardFormKey!: string;
  @ApiProperty({
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['collective', 'individual'] },
      name: { type: 'string' },
      unitCode: { type: 'string' },
      position: { type: 'string' },
    },
    required: ['kind', 'name'],
    example: { kind: 'individual', name: 'Nguyễn Văn A', position: 'Chuyên viên' },
  })
  @IsObject()
  nominee!: {
    kind: 'collective' | 'individual';
    name: string;
    unitCode?: string;
    position?: string;
  };
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(8000) achievements!: string;
}

export class NominationDecisionDto {
  @ApiProperty({ example: 'TQ-YS' }) @IsString() @MaxLength(64) unitCode!: string;
  @ApiProperty({ description: 'Position of the nomination in the unit’s list (GET /campaigns/:id/nominations)' })
  @IsInt()
  @Min(0)
  index!: number;
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) outcome!: 'approved' | 'rejected';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

export class SubmitObligationDto extends RequestIdDto {
  @ApiProperty({ description: 'The report or registration text' })
  @IsString()
  @MaxLength(20000)
  summary!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { tthc_truc_tuyen: 82.5 },
    description: 'KPI values keyed by criterion key',
  })
  @IsOptional()
  @IsObject()
  kpiValues?: Record<string, number>;

  @ApiPropertyOptional({ example: '12/KH-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  localPlanReference?: string;

  @ApiPropertyOptional({ type: [NominationEntryDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NominationEntryDto)
  nominations?: NominationEntryDto[];

  @ApiPropertyOptional({ type: [NominationDecisionDto], description: 'Issuer only: its decision on each nomination received' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NominationDecisionDto)
  nominationDecisions?: NominationDecisionDto[];
}

export class DecideObligationDto extends RequestIdDto {
  @ApiProperty({ enum: ['approve', 'return'] })
  @IsIn(['approve', 'return'])
  action!: 'approve' | 'return';

  @ApiPropertyOptional({ description: 'Required to return' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({
    enum: ['TM'],
    description: 'The head deciding on behalf of the collective body; a deputy is always recorded as KT.',
  })
  @IsOptional()
  @IsIn(['TM'])
  capacity?: 'TM';

  @ApiPropertyOptional({
    description: 'Decide under a leader’s delegation (ủy quyền): its id (GET /delegations); the record shows both names and TUQ.',
  })
  @IsOptional()
  @IsUUID()
  delegationId?: string;
}

export class RequestExtensionDto extends RequestIdDto {
  @ApiProperty({ example: '2026-12-31T17:00:00+07:00' })
  @IsISO8601({ strict: true })
  proposedDueAt!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(4000)
  reason!: string;
}

export class DecideExtensionDto extends RequestIdDto {
  @ApiProperty()
  @IsBoolean()
  grant!: boolean;

  @ApiPropertyOptional({ description: 'Defaults to the proposed date when granting' })
  @IsOptional()
  @IsISO8601({ strict: true })
  newDueAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({
    description: 'Decide under a leader’s delegation (ủy quyền): its id (GET /delegations); the record shows both names and TUQ.',
  })
  @IsOptional()
  @IsUUID()
  delegationId?: string;
}
