import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AttachmentKind, DossierAttachment } from '@tdkt/domain';
import { AtomicWork, runAtomically, sql, SqlRow } from '../campaigns/atomic-sql';

export interface StoredFile {
  attachment: DossierAttachment;
  content: Buffer;
  /** False when the bytes no longer hash to the checksum recorded at upload (and in the decision log). */
  intact: boolean;
}

/**
 * The bytes of dossiers' documents, beside the read model. Written and read with plain SQL: the column is
 * bytea on PostgreSQL and blob on SQLite, which no single entity type maps to. Every read re-hashes the
 * bytes, so a document changed in the database after upload is reported, never served as the original.
 */
export class AwardAttachmentStore {
  constructor(private readonly dataSource: DataSource) {}

  async add(input: {
    id: string;
    dossierId: string;
    kind: AttachmentKind;
    fileName: string;
    contentType: string;
    content: Buffer;
    uploadedBy: string;
  }): Promise<DossierAttachment> {
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const attachment = {
      id: input.id,
      kind: input.kind,
      fileName: input.fileName,
      contentType: input.contentType,
      size: input.content.length,
      sha256,
    };
    await runAtomically(this.dataSource, function* () {
      yield sql`
        INSERT INTO award_attachments (id, dossier_id, kind, file_name, content_type, size, sha256, content, uploaded_by, uploaded_at)
        VALUES (${input.id}, ${input.dossierId}, ${input.kind}, ${input.fileName}, ${input.contentType}, ${attachment.size}, ${sha256},
          ${input.content}, ${input.uploadedBy}, ${new Date()})`;
    });
    return attachment;
  }

  /** Removes a document its dossier refused to record, so no file lies beside the record without an entry in it. */
  async remove(id: string): Promise<void> {
    await runAtomically(this.dataSource, function* () {
      yield sql`DELETE FROM award_attachments WHERE id = ${id}`;
    });
  }

  async read(dossierId: string, id: string): Promise<StoredFile | null> {
    const [row] = await runAtomically(this.dataSource, function* (): AtomicWork<SqlRow[]> {
      return yield sql`SELECT id, kind, file_name, content_type, size, sha256, content FROM award_attachments WHERE id = ${id} AND dossier_id = ${dossierId}`;
    });
    if (!row) return null;
    const content = Buffer.from(row.content as Uint8Array);
    const attachment = {
      id: String(row.id),
      kind: String(row.kind) as AttachmentKind,
      fileName: String(row.file_name),
      contentType: String(row.content_type),
      size: Number(row.size),
      sha256: String(row.sha256),
    };
    return { attachment, content, intact: createHash('sha256').update(content).digest('hex') === attachment.sha256 };
  }
}
