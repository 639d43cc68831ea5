import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';

const DURATION = /^\d+(s|m|h|d)$/;
const MESSAGE = 'Khoảng thời gian ghi dạng số kèm đơn vị s, m, h hoặc d, ví dụ "3d".';

/** When to remind before the deadline, how often once overdue, and after how long to tell the requester. */
export class ReminderPolicyDto {
  @ApiProperty({ example: ['3d', '1d', '0s'] })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(DURATION, { each: true, message: MESSAGE })
  before!: string[];

  @ApiProperty({ example: '1d' })
  @Matches(DURATION, { message: MESSAGE })
  overdueEvery!: string;

  @ApiProperty({ example: '3d' })
  @Matches(DURATION, { message: MESSAGE })
  escalateAfter!: string;
}
