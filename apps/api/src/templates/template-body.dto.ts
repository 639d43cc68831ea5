import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** How a template finds a body it names, by the unit kind of the body, when the drafter does not name it. */
export class TemplateBodyDto {
  @ApiProperty({ example: 'so', description: 'Unit kind, looked for among units of the issuer’s level in its subtree' })
  @IsString()
  @Matches(/^[a-z0-9_]{1,40}$/, { message: 'Loại đơn vị (kind) viết thường, không dấu, dùng "_", ví dụ "so", "tinh_uy".' })
  kind!: string;

  @ApiProperty({ example: 'Sở Nội vụ (thẩm định kế hoạch, tổng hợp báo cáo)' })
  @IsString()
  @MinLength(3, { message: 'Mô tả cơ quan (description) để người soạn biết cần chọn đơn vị nào.' })
  @MaxLength(300)
  description!: string;
}
