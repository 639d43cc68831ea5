import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A new independent tree: the Front, a party committee, a mass association or another province's People's Committee. */
export class CreateRootDto {
  @ApiProperty({ example: 'TU-TQ' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'Mã đơn vị (code) gồm tối đa 64 chữ cái không dấu, chữ số, ".", "_" hoặc "-".' })
  code!: string;

  @ApiProperty({ example: 'Tỉnh ủy Tuyên Quang' })
  @IsString()
  @MinLength(1, { message: 'Phải nhập tên đơn vị (name).' })
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: 'tinh_uy', description: 'Decides how its plans are numbered and signed (ubnd, mttq, tinh_uy…)' })
  @IsString()
  @Matches(/^[a-z_]{2,40}$/, { message: 'Loại đơn vị (kind) là mã viết thường không dấu, 2–40 ký tự a–z hoặc "_", ví dụ "tinh_uy".' })
  kind!: string;

  @ApiProperty({ example: 'tinh', description: 'An existing level' })
  @IsString()
  @MaxLength(32)
  levelCode!: string;

  @ApiPropertyOptional({ example: '08', description: 'Mã đơn vị hành chính (digits)' })
  @IsOptional()
  @Matches(/^\d{2,5}$/, { message: 'Mã thống kê (statisticsCode) gồm 2–5 chữ số, ví dụ 08.' })
  statisticsCode?: string;
}
