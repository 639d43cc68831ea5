import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOMINEE_KINDS, type NomineeKind } from '@tdkt/domain';

/**
 * Who is proposed. The fields that identify a nominee differ by kind (a person by the personal
 * identification number, an enterprise by its tax code, a household by its head and address); the
 * shape is checked here, and which fields each kind needs by the award rules, which name the field.
 */
export class NomineeDto {
  @ApiProperty({ enum: NOMINEE_KINDS })
  @IsIn(NOMINEE_KINDS, { message: `Loại đối tượng phải là một trong: ${NOMINEE_KINDS.join(', ')}.` })
  kind!: NomineeKind;

  @ApiPropertyOptional({ description: 'individual: họ và tên', example: 'Nguyễn Văn An' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ description: 'individual: số định danh cá nhân (12 chữ số)', example: '008085001234' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  personalId?: string;

  @ApiPropertyOptional({ description: 'individual: năm sinh' })
  @IsOptional()
  @IsInt()
  birthYear?: number;

  @ApiPropertyOptional({ description: 'individual: chức vụ, đơn vị công tác', example: 'Chủ tịch Hội Nông dân xã' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  position?: string;

  @ApiPropertyOptional({ description: 'collective / enterprise: tên', example: 'Hợp tác xã chè Mỹ Bằng' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ description: 'collective (the unit it belongs to) / individual (where the person works): mã đơn vị' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitCode?: string;

  @ApiPropertyOptional({ description: 'household: họ tên chủ hộ', example: 'Ông Hoàng Văn Tư' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  headFullName?: string;

  @ApiPropertyOptional({ description: 'household / enterprise: địa chỉ' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional({ description: 'enterprise: mã số thuế', example: '5000123456' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  taxCode?: string;
}
