import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What an administrator corrects on an account without moving it; the unit and roles change through the posting. */
export class UpdateOfficialDto {
  @ApiPropertyOptional({ example: 'Nguyễn Thị Hoa' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Họ và tên (fullName) không được để trống.' })
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ example: 'hoa.nt@tuyenquang.gov.vn' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Phó Chánh Văn phòng', description: 'null or "" clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string | null;
}
