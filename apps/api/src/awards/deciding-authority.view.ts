import { ApiProperty } from '@nestjs/swagger';
import { DecidingUnitView } from './deciding-unit.view';

/** Who decides: the head of the nearest matching unit from the nominating unit up, or a central authority the province forwards to. */
export class DecidingAuthorityView {
  @ApiProperty({ enum: ['unit_head', 'central'] }) kind!: 'unit_head' | 'central';
  @ApiProperty({ example: 'Chủ tịch Ủy ban nhân dân tỉnh' }) title!: string;
  @ApiProperty({ type: [DecidingUnitView], nullable: true, description: 'For unit_head: the units whose head may decide, nearest first' })
  units!: DecidingUnitView[] | null;
  @ApiProperty({
    enum: ['chu_tich_nuoc', 'chinh_phu', 'thu_tuong'],
    nullable: true,
    description: 'For central: the authority that decides',
  })
  body!: 'chu_tich_nuoc' | 'chinh_phu' | 'thu_tuong' | null;
}
