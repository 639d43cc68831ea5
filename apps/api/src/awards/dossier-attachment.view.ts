import { ApiProperty } from '@nestjs/swagger';
import { ATTACHMENT_KINDS } from '@tdkt/domain';

export class DossierAttachmentView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes, as recorded in the decision log' }) sha256!: string;
}
