import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { RequestIdDto } from '../common/request-id.dto';
import { DroppedNomineeDto } from './dropped-nominee.dto';

export const DOSSIER_ACTION_KINDS = [
  'pass',
  'decline',
  'object',
  'answer_objection',
  'open_council',
  'vote',
  'score',
  'close_council',
  'decide',
  'forward',
  'record_central_outcome',
] as const;

/**
 * One official's action on a dossier at its current step. Which fields an action needs is checked by
 * the dossier's rules in its workflow (they name the missing field); the shape of each is checked here.
 */
export class DossierActionDto extends RequestIdDto {
  @ApiProperty({ enum: DOSSIER_ACTION_KINDS })
  @IsIn(DOSSIER_ACTION_KINDS, { message: `Thao tác phải là một trong: ${DOSSIER_ACTION_KINDS.join(', ')}.` })
  kind!: (typeof DOSSIER_ACTION_KINDS)[number];

  @ApiPropertyOptional({ type: [DroppedNomineeDto], description: 'pass: names not passed on' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DroppedNomineeDto)
  dropped?: DroppedNomineeDto[];

  @ApiPropertyOptional({ description: 'pass / decline: the official’s comment (required to decline)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ description: 'object: the position of the name objected to' })
  @IsOptional()
  @IsInt()
  @Min(0)
  index?: number;

  @ApiPropertyOptional({ description: 'object / answer_objection: the text' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  text?: string;

  @ApiPropertyOptional({ description: 'answer_objection: which objection' })
  @IsOptional()
  @IsString()
  objectionId?: string;

  @ApiPropertyOptional({ description: 'answer_objection: true when the objection stops the name' })
  @IsOptional()
  @IsBoolean()
  upheld?: boolean;

  @ApiPropertyOptional({ description: 'open_council: the council’s members, and how many are present' })
  @IsOptional()
  @IsInt()
  members?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  present?: number;

  @ApiPropertyOptional({
    description: 'vote: per position in the list, agree / disagree / abstain',
    example: { '0': 'agree', '1': 'disagree' },
    type: 'object',
    additionalProperties: { type: 'string', enum: ['agree', 'disagree', 'abstain'] },
  })
  @IsOptional()
  @IsObject()
  choices?: Record<string, 'agree' | 'disagree' | 'abstain'>;

  @ApiPropertyOptional({
    description: 'score: per position in the list, points per criterion key',
    example: { '0': { 'tinh-moi': 18, 'hieu-qua': 17 } },
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
  })
  @IsOptional()
  @IsObject()
  points?: Record<string, Record<string, number>>;

  @ApiPropertyOptional({ description: 'record_central_outcome: the central decision’s number and date, and who it awards' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2026-12-20' })
  @IsOptional()
  @IsString()
  decidedOn?: string;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  awarded?: number[];

  @ApiPropertyOptional({ description: 'Acting under this delegation (TUQ.), for a leader’s step' })
  @IsOptional()
  @IsUUID()
  delegationId?: string;
}
