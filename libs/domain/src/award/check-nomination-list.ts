/**
 * Refuses a nomination list (tờ trình) that would be sent back further up: every problem at once, each
 * at the row and field to fix, worded for the official who prepared the list. Pure: the catalogue, the
 * campaign's offer and quota, and the award history are passed in.
 */
import { isLocalDate } from '../calendar/local-date';
import type { AwardCatalogue, AwardCatalogueEntry } from './award-catalogue.types';
import { catalogueEntry } from './catalogue/catalogue-entry';
import type { AwardRecord, NominationList } from './nomination.types';
import { identityProblems } from './nominee-identity';
import { nomineeKey } from './nominee-key';
import { NOMINEE_KIND_LABELS_VI, nomineeName } from './nominee-labels';
import { unmetPrerequisites } from './prerequisites';

export interface NominationListContext {
  catalogue: AwardCatalogue;
  /** The day the list is sent (YYYY-MM-DD): the catalogue entry in force that day applies. */
  onDate: string;
  /** The plan's award forms' catalogue keys, when nominating within a campaign. */
  offeredAwardKeys?: string[];
  /** The kind of the plan's step the list is sent in, when within a campaign. */
  phaseKind?: string | null;
  /** How many this unit has already nominated for this award in this campaign. */
  alreadyNominated: number;
  quotaPerUnit?: number;
  history: AwardRecord[];
}

export interface NominationProblem {
  /** The row (0-based) at fault; absent for the list as a whole. */
  index?: number;
  field: string;
  message: string;
}

const PHASE_LABELS_VI: Record<string, string> = {
  launch: 'phát động',
  implementation: 'tổ chức thực hiện',
  interim_review: 'sơ kết',
  final_review: 'tổng kết',
  request: 'báo cáo theo yêu cầu',
};

export function checkNominationList(list: NominationList, context: NominationListContext): NominationProblem[] {
  const problems: NominationProblem[] = [];
  const add = (field: string, message: string, index?: number) =>
    problems.push(index === undefined ? { field, message } : { index, field, message });

  const entry = catalogueEntry(context.catalogue, list.awardKey, context.onDate);
  const awardName = entry?.name ?? list.awardKey;
  if (!entry) {
    add(
      'awardKey',
      `Hình thức "${list.awardKey}" không có trong danh mục khen thưởng áp dụng ngày ${vietnameseDate(context.onDate)}; chọn một hình thức trong danh mục.`,
    );
  }
  if (context.offeredAwardKeys && !context.offeredAwardKeys.includes(list.awardKey)) {
    const offered = context.offeredAwardKeys.map((key) => `"${catalogueEntry(context.catalogue, key, context.onDate)?.name ?? key}"`);
    add(
      'awardKey',
      offered.length
        ? `Kế hoạch thi đua không đề ra hình thức "${awardName}"; chỉ đề nghị các hình thức kế hoạch đã đề ra: ${offered.join(', ')}.`
        : `Kế hoạch thi đua không đề ra hình thức khen thưởng nào trong danh mục, nên không đề nghị "${awardName}" trong phong trào này được.`,
    );
  }
  if (context.phaseKind != null && context.phaseKind !== 'nomination') {
    add(
      'phaseKind',
      `Danh sách đề nghị khen thưởng chỉ gửi ở bước đề nghị khen thưởng của kế hoạch, không gửi ở bước ${PHASE_LABELS_VI[context.phaseKind] ?? context.phaseKind}.`,
    );
  }

  const nominations = list.nominations ?? [];
  if (nominations.length === 0) {
    add('nominations', 'Danh sách chưa có ai: thêm ít nhất một cá nhân, tập thể, hộ gia đình hoặc doanh nghiệp được đề nghị.');
  }
  checkQuota(nominations.length, context, awardName, add);
  checkMinutes(list.minutes, context.onDate, add);

  const firstRowOf = new Map<string, number>();
  nominations.forEach((nomination, index) => {
    const nominee = nomination.nominee;
    const row = `Dòng ${index + 1}${nominee && nomineeName(nominee) ? ` (${nomineeName(nominee)})` : ''}`;
    const identity = nominee ? identityProblems(nominee) : [{ field: 'nominee', message: 'chưa ghi người, tập thể được đề nghị' }];
    for (const problem of identity) add(problem.field, `${row}: ${problem.message}.`, index);
    if (!nomination.achievements?.trim()) add('achievements', `${row}: chưa có tóm tắt thành tích.`, index);
    // A row that cannot be identified cannot be matched against the others or against the history.
    if (identity.length) return;

    const key = nomineeKey(nominee);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      add(
        'nominee',
        `${row} trùng với dòng ${first + 1}: mỗi ${NOMINEE_KIND_LABELS_VI[nominee.kind]} chỉ được đề nghị một lần trong danh sách.`,
        index,
      );
      return;
    }
    firstRowOf.set(key, index);
    if (!entry) return;
    if (!entry.nomineeKinds.includes(nominee.kind)) {
      add(
        'nominee.kind',
        `${row}: "${entry.name}" không xét tặng cho ${NOMINEE_KIND_LABELS_VI[nominee.kind]}; chỉ xét tặng cho ${allowedKinds(entry)}.`,
        index,
      );
      return;
    }
    for (const unmet of unmetPrerequisites(entry.prerequisites ?? [], nomination, key, list.year, context.history, context.catalogue)) {
      add(unmet.field, `${row} chưa đủ điều kiện "${entry.name}": ${unmet.prerequisite.text}; ${unmet.missing}.`, index);
    }
  });
  return problems;
}

function checkQuota(
  listed: number,
  context: NominationListContext,
  awardName: string,
  add: (field: string, message: string) => void,
): void {
  const quota = context.quotaPerUnit;
  if (quota === undefined || context.alreadyNominated + listed <= quota) return;
  const remaining = Math.max(0, quota - context.alreadyNominated);
  add(
    'nominations',
    `Vượt số lượng: kế hoạch cho mỗi đơn vị đề nghị tối đa ${quota} "${awardName}"; đơn vị đã đề nghị ${context.alreadyNominated}, danh sách này có ${listed}. ` +
      (remaining ? `Chỉ còn được đề nghị ${remaining}.` : 'Đơn vị đã dùng hết số lượng được đề nghị.'),
  );
}

/** Biên bản bình xét (Luật Điều 84): held, and by more than half of the members, for the list to stand. */
function checkMinutes(minutes: NominationList['minutes'] | undefined, onDate: string, add: (field: string, message: string) => void): void {
  if (!minutes) {
    add('minutes', 'Chưa có biên bản họp bình xét (ngày họp, số thành viên, số có mặt).');
    return;
  }
  const { heldOn, present, members } = minutes;
  if (typeof heldOn !== 'string' || !isLocalDate(heldOn)) {
    add('minutes.heldOn', `Ngày họp bình xét ghi theo dạng YYYY-MM-DD, ví dụ 2026-11-20; đang ghi "${heldOn ?? ''}".`);
  } else if (heldOn > onDate) {
    add(
      'minutes.heldOn',
      `Ngày họp bình xét (${vietnameseDate(heldOn)}) sau ngày gửi danh sách (${vietnameseDate(onDate)}); kiểm tra lại ngày họp.`,
    );
  }
  if (!Number.isInteger(members) || members < 1 || !Number.isInteger(present) || present < 0 || present > members) {
    add('minutes', 'Biên bản ghi số thành viên (members) là số nguyên dương và số có mặt (present) từ 0 đến số thành viên.');
    return;
  }
  if (present * 2 <= members) {
    const when = isLocalDate(heldOn ?? '') ? ` ngày ${vietnameseDate(heldOn)}` : '';
    add(
      'minutes.present',
      `Cuộc họp bình xét${when} có ${present}/${members} thành viên dự, chưa quá nửa nên chưa đủ điều kiện bình xét; họp lại khi có ít nhất ${Math.floor(members / 2) + 1} thành viên.`,
    );
  }
}

function allowedKinds(entry: AwardCatalogueEntry): string {
  return entry.nomineeKinds.map((kind) => NOMINEE_KIND_LABELS_VI[kind]).join(', ');
}

/** "2026-11-20" → "20/11/2026", as officials write dates. */
function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return day && month ? `${day}/${month}/${year}` : date;
}
