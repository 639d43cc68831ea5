import { ApiProperty } from '@nestjs/swagger';

/** A level the campaign's obligations are on, named as the directory names it. */
export class DashboardLevelView {
  @ApiProperty({ example: 'xa' }) code!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Xã', description: 'Null when no longer in the directory' }) name!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '0 at the top of the tree' }) rank!: number | null;
}
