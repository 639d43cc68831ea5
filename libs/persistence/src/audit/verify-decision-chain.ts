import { decisionHash, genesisHash, HashedDecision } from './decision-hash';
import type { ChainHead } from './append-decisions.work';

export type ChainProblem = 'edited' | 'deleted' | 'inserted' | 'reordered' | 'rewritten';

export interface BadRow {
  seq: number;
  id: string | null;
  problem: ChainProblem;
  message: string;
}

export interface ChainVerdict {
  ok: boolean;
  rows: number;
  /** The first row that breaks the chain, and how; null when the chain is whole. */
  firstBadRow: BadRow | null;
}

export interface StoredDecision extends HashedDecision {
  id: string;
  seq: number;
  prevHash: string;
  hash: string;
}

/** A chain head as the campaign's workflow history recorded it at a phase boundary. */
export interface ChainSeal extends ChainHead {
  label: string;
}

/**
 * Walks a campaign's rows in chain order and names the first one that is not as it was appended:
 * a row whose content no longer gives its hash was edited; a row that links to a row missing from the
 * log follows a deletion; a row that skips over its predecessor shows the predecessor was inserted; a
 * row that links to one placed after it was moved. A chain rewritten end to end, every hash recomputed,
 * passes that walk, so the heads sealed into the workflow history are checked last: they were recorded
 * where the database's owner cannot rewrite them.
 */
export function verifyDecisionChain(
  campaignId: string,
  rows: StoredDecision[],
  head: ChainHead | null,
  seals: ChainSeal[] = [],
): ChainVerdict {
  const position = new Map(rows.map((row, index) => [row.hash, index]));
  const bad = (row: { seq: number; id: string | null }, problem: ChainProblem, message: string): ChainVerdict => ({
    ok: false,
    rows: rows.length,
    firstBadRow: { seq: row.seq, id: row.id, problem, message },
  });

  let expectedPrev = genesisHash(campaignId);
  for (const [index, row] of rows.entries()) {
    if (decisionHash(row.prevHash, row) !== row.hash)
      return bad(row, 'edited', `Dòng #${row.seq} đã bị sửa: nội dung không còn khớp mã băm khi ghi.`);
    if (row.prevHash !== expectedPrev) {
      const linked = position.get(row.prevHash);
      if (linked === undefined)
        return bad(row, 'deleted', `Dòng liền trước dòng #${row.seq} đã bị xoá: dòng này nối với một dòng không còn trong nhật ký.`);
      if (linked > index) return bad(row, 'reordered', `Dòng #${row.seq} đã bị đổi thứ tự: nó được ghi sau dòng #${rows[linked].seq}.`);
      const inserted = rows[index - 1];
      return bad(inserted, 'inserted', `Dòng #${inserted.seq} được chèn thêm: dòng #${row.seq} vốn nối tiếp dòng #${rows[linked].seq}.`);
    }
    if (row.seq !== index + 1) return bad(row, 'deleted', `Số thứ tự bị ngắt trước dòng #${row.seq}: có dòng đã bị xoá.`);
    expectedPrev = row.hash;
  }

  const last = rows[rows.length - 1];
  if (head && head.seq !== rows.length) {
    return bad(
      { seq: (last?.seq ?? 0) + 1, id: null },
      'deleted',
      `Nhật ký ghi nhận ${head.seq} dòng nhưng chỉ còn ${rows.length}: các dòng cuối đã bị xoá.`,
    );
  }
  for (const seal of seals) {
    const sealed = rows[seal.seq - 1];
    if (seal.seq === 0 || sealed?.hash === seal.hash) continue;
    return bad(
      { seq: seal.seq, id: sealed?.id ?? null },
      'rewritten',
      `Dòng #${seal.seq} không khớp dấu niêm phong "${seal.label}" lưu trong lịch sử quy trình: nhật ký đã bị viết lại.`,
    );
  }
  return { ok: true, rows: rows.length, firstBadRow: null };
}
