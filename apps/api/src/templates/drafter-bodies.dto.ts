import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The units a drafter names for the bodies a template leaves open, when the tree does not settle them. */
export class DrafterBodiesDto {
  @ApiPropertyOptional({ example: 'TQ-SNV', description: 'Unit code of the body that appraises and compiles ({{appraiser}})' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  appraiser?: string;
}
