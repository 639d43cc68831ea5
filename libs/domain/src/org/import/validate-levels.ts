import type { LevelRecord } from '../org.types';
import { describe, firstRowTracker, type RowReader } from './row-reader';
import type { ExistingOrg } from './validate-org-import';

const LEVEL_CODE = /^[a-z0-9_-]{1,32}$/i;

export interface LevelsOutcome {
  records: LevelRecord[];
  /** Every level code written in the file, valid or not, so units referring to it aren't also flagged. */
  codes: ReadonlySet<string>;
  ranks: ReadonlyMap<string, number>;
}

export function validateLevels(rows: RowReader[], existing: ExistingOrg): LevelsOutcome {
  const records: LevelRecord[] = [];
  const codes = new Set<string>();
  const ranks = new Map<string, number>();
  const seenAt = firstRowTracker();

  for (const r of rows) {
    const code = r.requiredText('code', 'mã cấp');
    r.checkFormat(
      'code',
      code,
      LEVEL_CODE,
      `Mã cấp "${code}" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, "_" hoặc "-", tối đa 32 ký tự`,
    );
    if (code !== undefined) {
      codes.add(code);
      const firstRow = seenAt(code, r.row);
      if (firstRow !== undefined) r.fail('code', `Mã cấp "${code}" bị trùng với dòng ${firstRow} của mục cấp`);
      if (existing.levelCodes.has(code)) {
        r.fail(
          'code',
          `Cấp "${code}" đã có trong hệ thống; tệp nhập chỉ thêm cấp mới nên hãy xoá dòng này (đơn vị vẫn dùng được mã cấp đã có)`,
        );
      }
    }
    const name = r.requiredText('name', 'tên cấp');
    const rank = readRank(r);
    if (code !== undefined && rank !== undefined && !ranks.has(code)) ranks.set(code, rank);
    if (code !== undefined && name !== undefined && rank !== undefined) records.push({ code, name, rank });
  }
  return { records, codes, ranks };
}

/** A whole number from 0 (the top level); digit strings are accepted because spreadsheets produce them. */
function readRank(r: RowReader): number | undefined {
  const value = r.value('rank');
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    r.fail('rank', 'Thiếu thứ bậc (trường "rank"): số nguyên từ 0, cấp cao nhất là 0');
    return undefined;
  }
  const rank = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof rank === 'number' && Number.isSafeInteger(rank) && rank >= 0) return rank;
  r.fail('rank', `Thứ bậc (trường "rank") phải là số nguyên từ 0 trở lên (cấp cao nhất là 0), không phải ${describe(value)}`);
  return undefined;
}
