import { Body, Controller, Get, Param, Post, StreamableFile, UploadedFile as UploadedFilePart, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES } from '@tdkt/domain';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { AwardAttachmentsService, type UploadedFile } from './award-attachments.service';
import { DossierAttachmentView } from './dossier-attachment.view';
import { UploadAttachmentDto } from './upload-attachment.dto';
import { UuidParam } from '../common/path-params';

@ApiTags('awards')
@ApiBearerAuth()
@Controller('award-dossiers/:dossierId/attachments')
export class AwardAttachmentsController {
  constructor(private readonly attachments: AwardAttachmentsService) {}

  @Post()
  // One byte over the limit is read, so the rules (not the parser) refuse an oversized file with their words.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: { file: { type: 'string', format: 'binary' }, kind: { type: 'string', enum: [...ATTACHMENT_KINDS] } },
    },
  })
  @ApiOperation({ summary: 'Attach a document (PDF, JPEG, PNG, DOCX, XLSX; at most 10 MB); its SHA-256 is recorded in the decision log' })
  @ApiCreatedResponse({ type: DossierAttachmentView })
  @ApiBadRequestResponse({ description: 'No file, or its kind, type or size is not accepted' })
  @ApiConflictResponse({ description: 'The dossier is decided: nothing more is added' })
  upload(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('dossierId', UuidParam) dossierId: string,
    @Body() body: UploadAttachmentDto,
    @UploadedFilePart() file: UploadedFile | undefined,
  ) {
    return this.attachments.upload(me, dossierId, body.kind, file);
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'The document as uploaded; refused (409) when its bytes no longer match the recorded checksum' })
  async download(
    @CurrentOfficial() me: CurrentOfficialInfo,
    @Param('dossierId', UuidParam) dossierId: string,
    @Param('attachmentId', UuidParam) attachmentId: string,
  ) {
    const { attachment, content } = await this.attachments.download(me, dossierId, attachmentId);
    return new StreamableFile(content, {
      type: attachment.contentType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      length: attachment.size,
    });
  }
}
