import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** The initiative (sáng kiến) a title needs, and the body that recognised it. */
export class InitiativeDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ description: 'Cơ quan công nhận sáng kiến, số văn bản' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  recognisedBy?: string;
}
