import { refuse, type Refusal } from '../../approval/refusal';

/**
 * The documents a dossier carries (Luật Thi đua, khen thưởng 2022, Điều 84): the tờ trình, the report of
 * achievements, the minutes of the meeting that agreed the list, proof of an initiative, and others.
 */
export const ATTACHMENT_KINDS = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'sang_kien', 'khac'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS_VI: Record<AttachmentKind, string> = {
  to_trinh: 'Tờ trình',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban: 'Biên bản bình xét / xét khen thưởng',
  sang_kien: 'Xác nhận sáng kiến, đề tài',
  khac: 'Tài liệu khác',
};

/** What every dossier must carry before it is decided (Điều 84 khoản 1 and 2). */
export const REQUIRED_ATTACHMENTS: readonly AttachmentKind[] = ['to_trinh', 'bao_cao_thanh_tich', 'bien_ban'];

/** Office documents and scans: what a commune office produces and a reviewer can open. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** A document as the dossier records it: the file's identity, not its bytes, so its checksum joins the decision log. */
export interface DossierAttachment {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the bytes as received. */
  sha256: string;
}

/** Why a file cannot be attached: its kind, type, size or name. */
export function refuseAttachmentFile(file: { kind: string; fileName: string; contentType: string; size: number }): Refusal | undefined {
  if (!(ATTACHMENT_KINDS as readonly string[]).includes(file.kind)) {
    return refuse(
      'invalid',
      `Loại tài liệu phải là một trong: ${ATTACHMENT_KINDS.join(', ')}.`,
      `The document kind must be one of: ${ATTACHMENT_KINDS.join(', ')}.`,
    );
  }
  if (!file.fileName.trim() || file.fileName.length > 255)
    return refuse('invalid', 'Tên tệp phải có từ 1 đến 255 ký tự.', 'A file name has 1 to 255 characters.');
  if (!ATTACHMENT_TYPES[file.contentType]) {
    return refuse(
      'invalid',
      `Chỉ nhận tệp ${Object.values(ATTACHMENT_TYPES).join(', ')}; tệp "${file.fileName}" có kiểu ${file.contentType || 'không rõ'}.`,
      `Only ${Object.values(ATTACHMENT_TYPES).join(', ')} files are accepted; "${file.fileName}" is ${file.contentType || 'of unknown type'}.`,
    );
  }
  if (file.size <= 0) return refuse('invalid', `Tệp "${file.fileName}" rỗng.`, `File "${file.fileName}" is empty.`);
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return refuse(
      'invalid',
      `Tệp "${file.fileName}" lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; hãy nén hoặc tách tệp.`,
      `File "${file.fileName}" is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; compress or split it.`,
    );
  }
  return undefined;
}

/** The documents a dossier still lacks, by kind. */
export function missingAttachments(attachments: readonly Pick<DossierAttachment, 'kind'>[]): AttachmentKind[] {
  return REQUIRED_ATTACHMENTS.filter((kind) => !attachments.some((attachment) => attachment.kind === kind));
}
