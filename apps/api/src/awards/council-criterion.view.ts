import { ApiProperty } from '@nestjs/swagger';

/** One criterion a council scores an initiative on. */
export class CouncilCriterionView {
  @ApiProperty({ example: 'tinh-moi' }) key!: string;
  @ApiProperty({ example: 'Tính mới' }) text!: string;
  @ApiProperty({ example: 20 }) maxPoints!: number;
}
