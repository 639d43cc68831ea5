import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy } from 'class-validator';
import { isLocalDate } from '@tdkt/domain';

/** Which day's catalogue to list: the award forms in force on it. */
export class AwardFormsQuery {
  @ApiPropertyOptional({ example: '2026-05-01', description: 'The forms in force on this day (YYYY-MM-DD); today in Vietnam by default' })
  @IsOptional()
  @ValidateBy({
    name: 'isLocalDate',
    validator: {
      // The pattern alone would let 2026-02-30 through: the date must exist on the calendar.
      validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
      defaultMessage: () => 'Ngày (on) ghi theo dạng YYYY-MM-DD và phải là một ngày có thật, ví dụ 2026-05-01.',
    },
  })
  on?: string;
}
