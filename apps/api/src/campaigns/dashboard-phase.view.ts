import { ApiProperty } from '@nestjs/swagger';
import { PHASE_KIND_VALUES } from '@tdkt/domain';

/** A phase of the plan, as the plan names it. */
export class DashboardPhaseView {
  @ApiProperty({ example: 'so-ket-2023' }) key!: string;
  @ApiProperty({ example: 'Sơ kết năm 2023' }) name!: string;
  @ApiProperty({ enum: PHASE_KIND_VALUES }) kind!: string;
}
