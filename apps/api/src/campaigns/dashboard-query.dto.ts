import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DASHBOARD_TOP_MAX = 100;

export class DashboardQuery {
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: DASHBOARD_TOP_MAX, description: 'How many of the latest units to list' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'top phải là một số nguyên.' })
  @Min(1, { message: 'top phải từ 1 trở lên.' })
  @Max(DASHBOARD_TOP_MAX, { message: `top không được lớn hơn ${DASHBOARD_TOP_MAX}.` })
  top = 10;
}
