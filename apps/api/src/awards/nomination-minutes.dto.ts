import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsInt, Min } from 'class-validator';

/** Biên bản bình xét: when the unit's meeting agreed the list, and how many of its members were present. */
export class NominationMinutesDto {
  @ApiProperty({ example: '2026-11-20' })
  @IsDateString({ strict: true }, { message: 'Ngày họp bình xét phải có dạng YYYY-MM-DD.' })
  heldOn!: string;

  @ApiProperty({ example: 9 })
  @IsInt()
  @Min(0)
  present!: number;

  @ApiProperty({ example: 11 })
  @IsInt()
  @Min(1)
  members!: number;
}
