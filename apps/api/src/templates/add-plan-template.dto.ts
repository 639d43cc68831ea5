import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { TemplateBodiesDto } from './template-bodies.dto';

/** A template an administrator adds: a plan written for any issuer, its tree-specific values as placeholders. */
export class AddPlanTemplateDto {
  @ApiProperty({ example: 'tu-hoc-tap-lam-theo-bac', description: 'Unique; kept by every plan made from it' })
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'Mã mẫu (templateKey) viết thường, không dấu, các từ nối bằng "-", ví dụ "tu-hoc-tap-lam-theo-bac".',
  })
  templateKey!: string;

  @ApiPropertyOptional({ example: ['tinh_uy', 'huyen_uy'], description: 'Kinds of issuing body it is written for; any when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'Nếu ghi loại cơ quan ban hành (issuerKinds) thì ghi ít nhất một loại.' })
  @IsString({ each: true })
  @Matches(/^[a-z0-9_]{1,40}$/, { each: true, message: 'Mỗi loại cơ quan (issuerKinds) viết thường, không dấu, ví dụ "ubnd", "tinh_uy".' })
  issuerKinds?: string[];

  @ApiPropertyOptional({ type: TemplateBodiesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TemplateBodiesDto)
  bodies?: TemplateBodiesDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The plan (PlanDefinition) with placeholders: {{issuer}}, {{issuerCode}}, {{appraiser}}, {{place}}, {{year}}, {{year±N}}, {{level}}, {{level+N}}',
  })
  @IsObject({ message: 'Kế hoạch mẫu (plan) phải là một đối tượng JSON.' })
  plan!: Record<string, unknown>;
}
