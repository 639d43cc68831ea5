import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength, MinLength } from 'class-validator';

/** A phase whose deadlines an amendment changes; each due date is read by the plan validator, like a plan's. */
export class PhaseDeadlineChangeDto {
  @ApiProperty({ example: 'so-ket-2023' })
  @IsString()
  @MinLength(1, { message: 'phaseKey phải là mã một bước của kế hoạch.' })
  @MaxLength(100)
  phaseKey!: string;

  @ApiProperty({
    description:
      'Level key ("xa", "huyen", "default"…) → new due date, as in a plan: {"kind":"date","date":"2027-06-15"} or {"kind":"announcedLater"}',
    example: { xa: { kind: 'date', date: '2027-06-15' }, default: { kind: 'announcedLater' } },
  })
  @IsObject({ message: 'dueByLevel phải là một đối tượng: mã cấp → thời hạn mới.' })
  dueByLevel!: Record<string, unknown>;
}
