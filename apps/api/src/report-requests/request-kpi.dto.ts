import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A figure every unit asked sends, totalled or averaged for the requester. */
export class RequestKpiDto {
  @ApiProperty({ example: 'ho-ngheo' })
  @Matches(/^[a-z0-9][a-z0-9_-]{0,63}$/, { message: 'Mã chỉ tiêu (key) gồm chữ thường không dấu, số, "-" hoặc "_".' })
  key!: string;

  @ApiProperty({ example: 'Số hộ nghèo được hỗ trợ nhà ở' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  text!: string;

  @ApiProperty({ example: 'hộ' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  unit!: string;

  @ApiProperty({ enum: ['sum', 'average'], description: '"sum" for counts, "average" for rates' })
  @IsIn(['sum', 'average'], { message: 'aggregate phải là "sum" (cộng dồn) hoặc "average" (bình quân).' })
  aggregate!: 'sum' | 'average';

  @ApiPropertyOptional({ example: 0, description: 'A target, when the request sets one' })
  @IsOptional()
  @IsNumber()
  target?: number;
}
