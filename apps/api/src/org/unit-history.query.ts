import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class UnitHistoryQuery {
  @ApiPropertyOptional({ example: '2025-06-30', description: 'YYYY-MM-DD: the unit as it was that day and who held which roles' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày (on) phải theo dạng YYYY-MM-DD, ví dụ 2025-06-30.' })
  on?: string;
}
