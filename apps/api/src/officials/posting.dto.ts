import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import type { Role } from '@tdkt/domain';
import { EffectiveOnField } from './effective-on-field';
import { RolesField } from './roles-field';

/** Where the official sits from `effectiveOn` and with which roles: the whole posting, not a difference. */
export class PostingDto {
  @ApiProperty({ example: 'TQ-SD' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'Mã đơn vị (unitCode) gồm tối đa 64 chữ cái không dấu, chữ số, ".", "_" hoặc "-".' })
  unitCode!: string;

  @RolesField()
  roles!: Role[];

  @EffectiveOnField()
  effectiveOn?: string;
}
