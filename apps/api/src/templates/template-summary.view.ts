import { ApiProperty } from '@nestjs/swagger';
import { TemplateBodiesDto } from './template-bodies.dto';
import { TemplatePlaceholderView } from './template-placeholder.view';

// The shape of toTemplateSummary (GET /campaign-templates), for the OpenAPI document and so the web app's typed client.

export class TemplateSummaryView {
  @ApiProperty({ example: 'ubnd-chuyen-doi-so' }) key!: string;
  @ApiProperty({ type: String, nullable: true, description: 'As written, placeholders included' }) title!: string | null;
  @ApiProperty({ type: [String], nullable: true, example: ['ubnd'], description: 'Kinds of body it is written for; any when null' })
  issuerKinds!: string[] | null;
  @ApiProperty({ type: TemplateBodiesDto, description: 'Bodies it names besides its issuer, and how each is found in the tree' })
  bodies!: TemplateBodiesDto;
  @ApiProperty({ type: [TemplatePlaceholderView] }) placeholders!: TemplatePlaceholderView[];
  @ApiProperty({ enum: ['shipped', 'added'] }) source!: 'shipped' | 'added';
  @ApiProperty({ type: String, nullable: true }) addedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) addedAt!: Date | null;
}
