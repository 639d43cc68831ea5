/**
 * A catalogue is data a province can change, so what the rules rely on is checked before it is used:
 * every entry cites its legal basis, names kinds of nominee and authorities that exist, has limits that
 * are whole working days and shares a vote can reach, and asks only for awards the catalogue knows.
 * Messages are for the official who wrote the province's override.
 */
import { isLocalDate } from '../../calendar/local-date';
import {
  AWARD_CATEGORIES,
  AWARD_STEP_KINDS,
  NOMINEE_KINDS,
  type AwardCatalogue,
  type AwardCatalogueEntry,
  type CouncilRule,
  type StepLimits,
} from '../award-catalogue.types';

export interface CatalogueProblem {
  /** The entry at fault; absent for the catalogue's own fields. */
  entryKey?: string;
  field: string;
  message: string;
}

const CATEGORIES: readonly string[] = AWARD_CATEGORIES;
const CENTRAL_BODIES = ['chu_tich_nuoc', 'chinh_phu', 'thu_tuong'];
const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isWholeDays = (value: unknown, min = 0): boolean => typeof value === 'number' && Number.isInteger(value) && value >= min;
const isShare = (value: unknown, allowZero: boolean): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value <= 1 && (allowZero ? value >= 0 : value > 0);
const isText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

export function checkCatalogue(catalogue: AwardCatalogue): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const add = (field: string, message: string, entryKey?: string) =>
    problems.push(entryKey === undefined ? { field, message } : { entryKey, field, message });

  if (!isText(catalogue.version)) add('version', 'Chưa ghi phiên bản danh mục (version).');
  if (!isLocalDate(catalogue.validFrom))
    add('validFrom', `Ngày áp dụng danh mục ghi theo dạng YYYY-MM-DD, không phải "${catalogue.validFrom}".`);
  if (!isWholeDays(catalogue.baseSalary, 1)) add('baseSalary', 'Mức lương cơ sở (baseSalary) phải là số đồng nguyên dương.');
  checkStepLimits(catalogue.stepLimits, true, 'stepLimits', add);

  const keys = new Set(catalogue.entries.map((entry) => entry.key));
  catalogue.entries.forEach((entry) => checkEntry(entry, keys, (field, message) => add(field, message, entry.key)));
  checkOverlaps(catalogue.entries, add);
  return problems;
}

type Add = (field: string, message: string) => void;

function checkEntry(entry: AwardCatalogueEntry, keys: ReadonlySet<string>, add: Add): void {
  const label = `Hình thức "${entry.name || entry.key}"`;
  if (!KEY_PATTERN.test(entry.key ?? ''))
    add('key', `Mã hình thức "${entry.key}" viết thường, không dấu, nối bằng dấu gạch ngang, ví dụ "giay-khen".`);
  if (!isText(entry.name)) add('name', 'Chưa ghi tên hình thức khen thưởng (name).');
  if (!CATEGORIES.includes(entry.category)) add('category', `${label}: loại (category) phải là một trong ${CATEGORIES.join(', ')}.`);
  if (!Array.isArray(entry.nomineeKinds) || entry.nomineeKinds.length === 0) {
    add('nomineeKinds', `${label} chưa ghi được xét tặng cho ai (nomineeKinds).`);
  } else {
    for (const kind of entry.nomineeKinds.filter((k) => !NOMINEE_KINDS.includes(k))) {
      add('nomineeKinds', `${label}: đối tượng "${kind}" không có; dùng ${NOMINEE_KINDS.join(', ')}.`);
    }
  }
  checkDecidedBy(entry, label, add);
  if (!isText(entry.appraisedBy)) add('appraisedBy', `${label} chưa ghi cơ quan thẩm định (appraisedBy).`);
  if (entry.postingWorkingDays !== undefined && !isWholeDays(entry.postingWorkingDays)) {
    add('postingWorkingDays', `${label}: số ngày làm việc niêm yết công khai phải là số nguyên không âm.`);
  }
  if (entry.council) checkCouncil(entry.council, label, add);
  for (const prerequisite of entry.prerequisites ?? []) {
    if (prerequisite.kind === 'held_consecutively') {
      if (!keys.has(prerequisite.awardKey)) {
        add('prerequisites', `${label} yêu cầu đã đạt "${prerequisite.awardKey}", nhưng danh mục không có hình thức này.`);
      }
      if (!isWholeDays(prerequisite.years, 1)) add('prerequisites', `${label}: số năm liên tục phải là số nguyên dương.`);
    }
    if (!isText(prerequisite.text)) add('prerequisites', `${label}: mỗi điều kiện phải có lời mô tả (text) để cán bộ đọc.`);
  }
  if (!isWholeDays(entry.processingWorkingDays, 1)) {
    add('processingWorkingDays', `${label}: thời hạn giải quyết (processingWorkingDays) phải là số ngày làm việc nguyên dương.`);
  }
  if (entry.stepLimits) checkStepLimits(entry.stepLimits, false, 'stepLimits', add);
  if (entry.amountMultiple !== undefined && !(Number.isFinite(entry.amountMultiple) && entry.amountMultiple > 0)) {
    add('amountMultiple', `${label}: hệ số tiền thưởng (amountMultiple) phải là số dương.`);
  }
  if (!isLocalDate(entry.validFrom ?? '')) add('validFrom', `${label}: ngày áp dụng ghi theo dạng YYYY-MM-DD.`);
  if (entry.validUntil !== undefined && !(isLocalDate(entry.validUntil) && entry.validUntil > entry.validFrom)) {
    add('validUntil', `${label}: ngày hết hiệu lực phải là ngày YYYY-MM-DD sau ngày áp dụng.`);
  }
  if (!Array.isArray(entry.legalBasis) || entry.legalBasis.length === 0 || !entry.legalBasis.every(isText)) {
    add('legalBasis', `${label} phải ghi căn cứ pháp lý (legalBasis), ví dụ "Luật Thi đua, khen thưởng 2022, Điều 80 khoản 3".`);
  }
}

function checkDecidedBy(entry: AwardCatalogueEntry, label: string, add: Add): void {
  const decider = entry.decidedBy;
  if (!decider || !isText(decider.title)) {
    add('decidedBy', `${label} chưa ghi người có thẩm quyền quyết định (decidedBy.title).`);
    return;
  }
  if (decider.kind === 'central') {
    if (!CENTRAL_BODIES.includes(decider.body))
      add('decidedBy.body', `${label}: cơ quan trung ương phải là một trong ${CENTRAL_BODIES.join(', ')}.`);
  } else if (decider.kind === 'unit_head') {
    if (!Array.isArray(decider.units) || decider.units.length === 0 || !decider.units.every((unit) => isText(unit.levelCode))) {
      add(
        'decidedBy.units',
        `${label}: ghi cấp (levelCode) của đơn vị có thẩm quyền quyết định, ví dụ {"levelCode": "xa", "unitKinds": ["ubnd"]}.`,
      );
    }
  } else {
    add('decidedBy.kind', `${label}: thẩm quyền quyết định (decidedBy.kind) là "unit_head" hoặc "central".`);
  }
}

function checkCouncil(council: CouncilRule, label: string, add: Add): void {
  if (!isShare(council.quorum, true)) add('council.quorum', `${label}: tỷ lệ thành viên dự họp tối thiểu (quorum) là một số từ 0 đến 1.`);
  if (council.kind === 'vote') {
    if (!isShare(council.threshold, false))
      add('council.threshold', `${label}: tỷ lệ tán thành (threshold) là một số lớn hơn 0, tối đa 1, ví dụ 0.9.`);
    if (council.of !== 'members' && council.of !== 'present')
      add('council.of', `${label}: tỷ lệ tính trên "members" (tổng số thành viên) hoặc "present" (số có mặt).`);
  } else if (council.kind === 'score') {
    const criteria = Array.isArray(council.criteria) ? council.criteria : [];
    const ceiling = criteria.reduce((sum, criterion) => sum + (criterion.maxPoints > 0 ? criterion.maxPoints : 0), 0);
    if (
      criteria.length === 0 ||
      !criteria.every((c) => isText(c.key) && isText(c.text) && Number.isFinite(c.maxPoints) && c.maxPoints > 0)
    ) {
      add('council.criteria', `${label}: mỗi tiêu chí chấm điểm cần mã (key), nội dung (text) và điểm tối đa dương (maxPoints).`);
    }
    if (!(Number.isFinite(council.passMark) && council.passMark > 0 && council.passMark <= ceiling)) {
      add('council.passMark', `${label}: điểm đạt (passMark) phải lớn hơn 0 và không quá tổng điểm tối đa (${ceiling}).`);
    }
  } else {
    add('council.kind', `${label}: Hội đồng biểu quyết ("vote") hoặc chấm điểm ("score").`);
  }
}

function checkStepLimits(limits: Partial<StepLimits> | undefined, complete: boolean, field: string, add: Add): void {
  for (const kind of AWARD_STEP_KINDS) {
    const value = limits?.[kind];
    if (value === undefined ? complete : !isWholeDays(value, 1)) {
      add(`${field}.${kind}`, `Thời hạn bước "${kind}" phải là số ngày làm việc nguyên dương.`);
    }
  }
  for (const kind of Object.keys(limits ?? {}).filter((k) => !(AWARD_STEP_KINDS as readonly string[]).includes(k))) {
    add(`${field}.${kind}`, `Không có bước "${kind}"; các bước là ${AWARD_STEP_KINDS.join(', ')}.`);
  }
}

/** Versions of one key must not be in force on the same day, or which rule applies would be a matter of order. */
function checkOverlaps(entries: readonly AwardCatalogueEntry[], add: (field: string, message: string, entryKey?: string) => void): void {
  entries.forEach((entry, i) => {
    const clash = entries
      .slice(0, i)
      .find(
        (other) =>
          other.key === entry.key &&
          (other.validUntil === undefined || entry.validFrom < other.validUntil) &&
          (entry.validUntil === undefined || other.validFrom < entry.validUntil),
      );
    if (clash) {
      add(
        'validFrom',
        `Hình thức "${entry.key}" có hai phiên bản cùng hiệu lực (từ ${clash.validFrom} và từ ${entry.validFrom}); ghi ngày hết hiệu lực cho phiên bản cũ.`,
        entry.key,
      );
    }
  });
}
