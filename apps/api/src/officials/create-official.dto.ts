import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { Role } from '@tdkt/domain';
import { EffectiveOnField } from './effective-on-field';
import { RolesField } from './roles-field';

/** A new account: the password is not chosen here, the answer carries a one-time one. */
export class CreateOfficialDto {
  @ApiProperty({ example: 'chuyenvien.ys-moi', description: '3–64 lower-case letters without diacritics, digits, ".", "_" or "-"' })
  @IsString()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Thị Hoa' })
  @IsString()
  @MinLength(1, { message: 'Phải nhập họ và tên (fullName).' })
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ example: 'hoa.nt@tuyenquang.gov.vn' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'TQ-YS' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'Mã đơn vị (unitCode) gồm tối đa 64 chữ cái không dấu, chữ số, ".", "_" hoặc "-".' })
  unitCode!: string;

  @ApiPropertyOptional({ example: 'Chuyên viên', description: 'Position as printed under a signature' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string;

  @RolesField()
  roles!: Role[];

  @EffectiveOnField()
  effectiveOn?: string;
}
