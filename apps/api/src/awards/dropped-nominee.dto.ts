import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

/** A name a step does not pass on, with the reason the nominating unit is told. */
export class DroppedNomineeDto {
  @ApiProperty({ description: 'Position in the list, from 0' })
  @IsInt()
  @Min(0)
  index!: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'Nêu lý do không đề nghị.' })
  @MaxLength(1000)
  reason!: string;
}
