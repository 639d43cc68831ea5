import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { awardDossierWorkflowId, dossierActionUpdate } from '@tdkt/contracts';
import { refuseAttachmentFile, type AttachmentKind, type DossierAttachment } from '@tdkt/domain';
import { AwardAttachmentStore, type StoredFile } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { actorRefOf } from '../common/actor-ref';
import { refusalException } from '../common/refusal-exception';
import { AwardDossiersService } from './award-dossiers.service';
import type { Bilingual } from '../common/problem/said';

/** A file as the upload handler hands it over. */
export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/**
 * A dossier's documents: the bytes are stored beside the read model, and the dossier's workflow records
 * each one (name, type, size, SHA-256) as a step of its own, so the checksum is on the decision log's chain.
 */
@Injectable()
export class AwardAttachmentsService {
  constructor(
    private readonly temporal: Client,
    private readonly dossiers: AwardDossiersService,
    private readonly files: AwardAttachmentStore,
  ) {}

  async upload(
    me: CurrentOfficialInfo,
    dossierId: string,
    kind: AttachmentKind,
    file: UploadedFile | undefined,
  ): Promise<DossierAttachment> {
    if (!file)
      throw new BadRequestException({
        message: 'Chọn tệp để tải lên (trường "file").',
        en: 'Choose a file to upload (the "file" field).',
      } satisfies Bilingual);
    const dossier = await this.dossiers.visibleDossier(me, dossierId);
    // Browsers send the file name in UTF-8; the multipart parser reads it as Latin-1.
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const refusal = refuseAttachmentFile({ kind, fileName, contentType: file.mimetype, size: file.size });
    if (refusal) throw refusalException(refusal);
    const id = randomUUID();
    const attachment = await this.files.add({
      id,
      dossierId,
      kind,
      fileName,
      contentType: file.mimetype,
      content: file.buffer,
      uploadedBy: me.actor.officialId,
    });
    try {
      await this.temporal.workflow.getHandle(awardDossierWorkflowId(dossier.campaignId, dossier.id)).executeUpdate(dossierActionUpdate, {
        updateId: `attach-${id}`,
        args: [{ requestId: `attach-${id}`, actor: actorRefOf(me), action: { kind: 'attach', attachment } }],
      });
    } catch (error) {
      await this.files.remove(id);
      throw error;
    }
    return attachment;
  }

  async download(me: CurrentOfficialInfo, dossierId: string, attachmentId: string): Promise<StoredFile> {
    await this.dossiers.visibleDossier(me, dossierId);
    const stored = await this.files.read(dossierId, attachmentId);
    if (!stored)
      throw new NotFoundException({
        message: 'Không có tài liệu này trong hồ sơ.',
        en: 'There is no such document in the dossier.',
      } satisfies Bilingual);
    if (!stored.intact) {
      throw new ConflictException({
        message: `Tệp "${stored.attachment.fileName}" đã bị thay đổi sau khi tải lên (mã băm SHA-256 không khớp với nhật ký); báo cho thanh tra.`,
        en: `The file "${stored.attachment.fileName}" was changed after it was uploaded (its SHA-256 hash does not match the log); tell the inspectors.`,
      } satisfies Bilingual);
    }
    return stored;
  }
}
