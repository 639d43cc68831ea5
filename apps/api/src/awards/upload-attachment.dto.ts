import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@tdkt/domain';

/** The form fields beside the file: which of the dossier's documents it is. */
export class UploadAttachmentDto {
  @ApiProperty({ enum: ATTACHMENT_KINDS })
  @IsIn(ATTACHMENT_KINDS, { message: `Loại tài liệu (kind) phải là một trong: ${ATTACHMENT_KINDS.join(', ')}.` })
  kind!: AttachmentKind;
}
