import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { TemplateBodyDto } from './template-body.dto';

/** The bodies a template names besides its issuer (`{{appraiser}}`), and how to find each. */
export class TemplateBodiesDto {
  @ApiPropertyOptional({ type: TemplateBodyDto, description: 'The body that appraises and compiles, for {{appraiser}}' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateBodyDto)
  appraiser?: TemplateBodyDto;
}
