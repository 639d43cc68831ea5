import { ApiProperty } from '@nestjs/swagger';

/** One placeholder a template leaves open, and what the drafter's request fills it with. */
export class TemplatePlaceholderView {
  @ApiProperty({ example: '{{year+3}}' }) placeholder!: string;
  @ApiProperty({ example: 'năm kế hoạch cộng 3' }) meaning!: string;
}
