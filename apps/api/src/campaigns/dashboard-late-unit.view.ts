import { ApiProperty } from '@nestjs/swagger';

/** A unit with obligations past due and not settled. */
export class DashboardLateUnitView {
  @ApiProperty({ example: 'TQ-SD-TUTHINH' }) unitCode!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Ủy ban nhân dân xã Tú Thịnh',
    description: 'Null when no longer in the directory',
  })
  unitName!: string | null;
  @ApiProperty({ example: 'xa' }) levelCode!: string;
  @ApiProperty({ description: 'Obligations past due and neither approved nor ended' }) late!: number;
  @ApiProperty({ description: 'All its obligations in the campaign' }) total!: number;
}
