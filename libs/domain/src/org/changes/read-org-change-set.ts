import { isLocalDate } from '../../calendar/local-date';
import { suggestFieldName } from '../../plan/validation/suggest-field-name';
import { normalizeText } from '../vietnamese-text';
import {
  DeactivateChange,
  MergeChange,
  MergeInto,
  MoveChange,
  ORG_CHANGE_KINDS,
  OrgChange,
  OrgChangeError,
  OrgChangeSet,
  RenameChange,
  SplitChange,
  SplitPart,
} from './org-change.types';

// Reading only: shapes, formats and unknown fields. Whether the units exist is for the rules (check-org-changes).

const UNIT_CODE = /^[A-Za-z0-9._-]{1,64}$/;
const UNIT_KIND = /^[a-z_]{2,40}$/;
const LEVEL_CODE = /^[a-z0-9_-]{1,32}$/i;
/** Mã đơn vị hành chính: 2 digits for a province, 3 for a district, 5 for a commune. */
const STATISTICS_CODE = /^(\d{2}|\d{3}|\d{5})$/;
const MAX_CHANGES = 2000;

const SET_FIELDS = ['effectiveOn', 'reason', 'changes'];
const FIELDS: Record<OrgChange['kind'], readonly string[]> = {
  rename: ['kind', 'unitCode', 'name', 'statisticsCode'],
  move: ['kind', 'unitCode', 'parentCode'],
  merge: ['kind', 'unitCodes', 'into'],
  split: ['kind', 'unitCode', 'into', 'dutiesTo'],
  deactivate: ['kind', 'unitCode', 'successorCode'],
};
const MERGE_INTO_FIELDS = ['code', 'name', 'kind', 'levelCode', 'parentCode', 'statisticsCode'];
const SPLIT_PART_FIELDS = ['code', 'name', 'kind', 'levelCode', 'statisticsCode'];

/** What each field is called in a refusal, in Vietnamese (the key, as the call sites write it) and in English. */
const LABELS_EN = {
  'Bộ thay đổi': 'The change set',
  'Mỗi thay đổi': 'Each change',
  'Đơn vị sau hợp nhất (into)': 'The unit after the merger (into)',
  'Mỗi đơn vị mới': 'Each new unit',
  'ngày có hiệu lực (effectiveOn)': 'the effective date (effectiveOn)',
  'lý do (căn cứ, ví dụ số nghị quyết sắp xếp đơn vị hành chính)':
    'the reason (its basis, e.g. the number of the resolution reorganising the administrative units)',
  'mã đơn vị': 'the unit code',
  'tên mới': 'the new name',
  'mã đơn vị cấp trên mới': 'the code of the new parent unit',
  'mã đơn vị sau hợp nhất': 'the code of the unit after the merger',
  'tên đơn vị sau hợp nhất': 'the name of the unit after the merger',
  'mã đơn vị cấp trên': 'the code of the parent unit',
  'mã đơn vị bị chia': 'the code of the unit being split',
  'mã đơn vị mới': 'the code of the new unit',
  'tên đơn vị mới': 'the name of the new unit',
  'mã đơn vị nhận cán bộ và nhiệm vụ (dutiesTo)': 'the code of the unit taking the officials and duties (dutiesTo)',
  'mã đơn vị kế thừa': 'the code of the successor unit',
  'mã đơn vị hành chính': 'the administrative unit code',
  'loại đơn vị': 'the unit kind',
  'mã cấp': 'the level code',
} as const;
type Label = keyof typeof LABELS_EN;

class Reader {
  readonly errors: OrgChangeError[] = [];

  fail(path: string, message: string, en: string): void {
    this.errors.push({ path, message, en });
  }

  object(value: unknown, path: string, label: Label): Record<string, unknown> | undefined {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    this.fail(path, `${label} phải là một đối tượng { … }.`, `${capitalise(LABELS_EN[label])} must be an object { … }.`);
    return undefined;
  }

  knownFields(source: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const name of Object.keys(source).filter((n) => !known.includes(n))) {
      const suggestion = suggestFieldName(name, known);
      this.fail(
        join(path, name),
        `Trường "${name}" không có trong thay đổi này.` +
          (suggestion ? ` Có phải là "${suggestion}"?` : ' Bỏ trường này hoặc sửa lại cho đúng tên.'),
        `This change has no field "${name}".` + (suggestion ? ` Did you mean "${suggestion}"?` : ' Remove it or correct its name.'),
      );
    }
  }

  text(source: Record<string, unknown>, field: string, path: string, label: Label, required: boolean, max = 300): string | undefined {
    const value = source[field];
    const at = join(path, field);
    const en = capitalise(LABELS_EN[label]);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) this.fail(at, `Thiếu ${label}.`, `${en} is missing.`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(at, `${capitalise(label)} phải là chuỗi ký tự.`, `${en} must be text.`);
      return undefined;
    }
    const text = normalizeText(value);
    if (text.length > max) this.fail(at, `${capitalise(label)} dài quá ${max} ký tự.`, `${en} is longer than ${max} characters.`);
    return text;
  }

  code(source: Record<string, unknown>, field: string, path: string, label: Label, required: boolean): string | undefined {
    const code = this.text(source, field, path, label, required, 64);
    if (code !== undefined && !UNIT_CODE.test(code)) {
      this.fail(
        join(path, field),
        `${capitalise(label)} "${code}" chỉ được gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.`,
        `${capitalise(LABELS_EN[label])} "${code}" may only contain unaccented letters, digits, dots, hyphens and underscores.`,
      );
    }
    return code;
  }

  statisticsCode(source: Record<string, unknown>, path: string): string | undefined {
    const value = typeof source.statisticsCode === 'number' ? String(source.statisticsCode) : source.statisticsCode;
    const code = this.text({ statisticsCode: value }, 'statisticsCode', path, 'mã đơn vị hành chính', false, 5);
    if (code !== undefined && !STATISTICS_CODE.test(code)) {
      this.fail(
        join(path, 'statisticsCode'),
        `Mã đơn vị hành chính "${code}" phải gồm toàn chữ số: 2 số cho tỉnh, 3 số cho huyện, 5 số cho xã (giữ các số 0 ở đầu).`,
        `The administrative unit code "${code}" must be all digits: 2 for a province, 3 for a district, 5 for a commune (keep leading zeros).`,
      );
    }
    return code;
  }

  kindAndLevel(source: Record<string, unknown>, path: string): { kind?: string; levelCode?: string } {
    const kind = this.text(source, 'kind', path, 'loại đơn vị', false, 40);
    if (kind !== undefined && !UNIT_KIND.test(kind))
      this.fail(
        join(path, 'kind'),
        `Loại đơn vị "${kind}" chỉ gồm chữ thường không dấu và gạch dưới.`,
        `The unit kind "${kind}" may only contain unaccented lowercase letters and underscores.`,
      );
    const levelCode = this.text(source, 'levelCode', path, 'mã cấp', false, 32);
    if (levelCode !== undefined && !LEVEL_CODE.test(levelCode))
      this.fail(join(path, 'levelCode'), `Mã cấp "${levelCode}" không hợp lệ.`, `The level code "${levelCode}" is not valid.`);
    return { kind, levelCode };
  }
}

/** Reads a change set's shape strictly; the result is typed only when nothing was wrong. */
export function readOrgChangeSet(raw: unknown): { value?: OrgChangeSet; errors: OrgChangeError[] } {
  const r = new Reader();
  const source = r.object(raw, '', 'Bộ thay đổi');
  if (!source) return { errors: r.errors };
  r.knownFields(source, SET_FIELDS, '');
  const effectiveOn = r.text(source, 'effectiveOn', '', 'ngày có hiệu lực (effectiveOn)', true, 10);
  if (effectiveOn !== undefined && !isLocalDate(effectiveOn)) {
    r.fail(
      'effectiveOn',
      `Ngày có hiệu lực "${effectiveOn}" không phải một ngày có thật theo dạng YYYY-MM-DD.`,
      `The effective date "${effectiveOn}" is not a real date in the form YYYY-MM-DD.`,
    );
  }
  const reason = r.text(source, 'reason', '', 'lý do (căn cứ, ví dụ số nghị quyết sắp xếp đơn vị hành chính)', true, 2000);
  const changes: OrgChange[] = [];
  if (!Array.isArray(source.changes) || source.changes.length === 0) {
    r.fail('changes', 'Cần ít nhất một thay đổi trong danh sách "changes".', 'The "changes" list needs at least one change.');
  } else if (source.changes.length > MAX_CHANGES) {
    r.fail(
      'changes',
      `Một bộ có tối đa ${MAX_CHANGES} thay đổi; hãy chia thành nhiều bộ.`,
      `A set has at most ${MAX_CHANGES} changes; split it into several sets.`,
    );
  } else {
    source.changes.forEach((item, index) => {
      const change = readChange(r, item, `changes[${index}]`);
      if (change) changes.push(change);
    });
  }
  if (r.errors.length) return { errors: r.errors };
  return { value: { effectiveOn: effectiveOn!, reason: reason!, changes }, errors: [] };
}

function readChange(r: Reader, item: unknown, path: string): OrgChange | undefined {
  const source = r.object(item, path, 'Mỗi thay đổi');
  if (!source) return undefined;
  const kind = source.kind;
  if (typeof kind !== 'string' || !(ORG_CHANGE_KINDS as readonly string[]).includes(kind)) {
    r.fail(
      join(path, 'kind'),
      `Loại thay đổi phải là một trong: ${ORG_CHANGE_KINDS.join(', ')}.`,
      `The kind of change must be one of: ${ORG_CHANGE_KINDS.join(', ')}.`,
    );
    return undefined;
  }
  const typed = kind as OrgChange['kind'];
  r.knownFields(source, FIELDS[typed], path);
  switch (typed) {
    case 'rename': {
      const unitCode = r.code(source, 'unitCode', path, 'mã đơn vị', true);
      const name = r.text(source, 'name', path, 'tên mới', false);
      const statisticsCode = r.statisticsCode(source, path);
      if (name === undefined && statisticsCode === undefined && source.name === undefined && source.statisticsCode === undefined) {
        r.fail(
          path,
          'Đổi tên cần tên mới (name), mã đơn vị hành chính mới (statisticsCode), hoặc cả hai.',
          'A rename needs a new name (name), a new administrative unit code (statisticsCode), or both.',
        );
      }
      return {
        kind: 'rename',
        unitCode: unitCode!,
        ...(name !== undefined && { name }),
        ...(statisticsCode !== undefined && { statisticsCode }),
      } as RenameChange;
    }
    case 'move': {
      const unitCode = r.code(source, 'unitCode', path, 'mã đơn vị', true);
      const parentCode = r.code(source, 'parentCode', path, 'mã đơn vị cấp trên mới', true);
      return { kind: 'move', unitCode: unitCode!, parentCode: parentCode! } as MoveChange;
    }
    case 'merge': {
      const unitCodes: string[] = [];
      if (!Array.isArray(source.unitCodes) || source.unitCodes.length < 2) {
        r.fail(
          join(path, 'unitCodes'),
          'Hợp nhất cần ít nhất hai mã đơn vị trong "unitCodes".',
          'A merger needs at least two unit codes in "unitCodes".',
        );
      } else {
        source.unitCodes.forEach((_, i) => {
          const code = r.code(source.unitCodes as Record<string, unknown>, String(i), `${path}.unitCodes`, 'mã đơn vị', true);
          if (code !== undefined) unitCodes.push(code);
        });
      }
      const into = r.object(source.into, join(path, 'into'), 'Đơn vị sau hợp nhất (into)');
      let mergeInto: MergeInto | undefined;
      if (into) {
        const at = join(path, 'into');
        r.knownFields(into, MERGE_INTO_FIELDS, at);
        const code = r.code(into, 'code', at, 'mã đơn vị sau hợp nhất', true);
        const name = r.text(into, 'name', at, 'tên đơn vị sau hợp nhất', false);
        const parentCode = r.code(into, 'parentCode', at, 'mã đơn vị cấp trên', false);
        const statisticsCode = r.statisticsCode(into, at);
        mergeInto = { code: code!, ...defined({ name, parentCode, statisticsCode, ...r.kindAndLevel(into, at) }) };
      }
      return { kind: 'merge', unitCodes, into: mergeInto! } as MergeChange;
    }
    case 'split': {
      const unitCode = r.code(source, 'unitCode', path, 'mã đơn vị bị chia', true);
      const parts: SplitPart[] = [];
      if (!Array.isArray(source.into) || source.into.length < 2) {
        r.fail(join(path, 'into'), 'Chia tách cần ít nhất hai đơn vị mới trong "into".', 'A split needs at least two new units in "into".');
      } else {
        source.into.forEach((item, i) => {
          const at = `${path}.into[${i}]`;
          const part = r.object(item, at, 'Mỗi đơn vị mới');
          if (!part) return;
          r.knownFields(part, SPLIT_PART_FIELDS, at);
          const code = r.code(part, 'code', at, 'mã đơn vị mới', true);
          const name = r.text(part, 'name', at, 'tên đơn vị mới', true);
          const statisticsCode = r.statisticsCode(part, at);
          parts.push({ code: code!, name: name!, ...defined({ statisticsCode, ...r.kindAndLevel(part, at) }) });
        });
      }
      const dutiesTo = r.code(source, 'dutiesTo', path, 'mã đơn vị nhận cán bộ và nhiệm vụ (dutiesTo)', true);
      return { kind: 'split', unitCode: unitCode!, into: parts, dutiesTo: dutiesTo! } as SplitChange;
    }
    case 'deactivate': {
      const unitCode = r.code(source, 'unitCode', path, 'mã đơn vị', true);
      const successorCode = r.code(source, 'successorCode', path, 'mã đơn vị kế thừa', false);
      return { kind: 'deactivate', unitCode: unitCode!, ...defined({ successorCode }) } as DeactivateChange;
    }
  }
}

function join(path: string, field: string): string {
  if (/^\d+$/.test(field)) return `${path}[${field}]`;
  return path ? `${path}.${field}` : field;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
