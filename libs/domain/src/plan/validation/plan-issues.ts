/**
 * Collecting problems in a plan, each tied to the path of the field at fault
 * ("stages[0].phases[1].dueByLevel.xa") and worded in Vietnamese for the official who wrote the plan.
 */
import { normalizeText } from '../../org/vietnamese-text';

export interface PlanIssue {
  path: string;
  message: string;
  /** English for `message`, where it was written (answered with Accept-Language: en). */
  en?: string;
}

export class PlanIssues {
  readonly list: PlanIssue[] = [];
  // Readers drop entries they cannot read, so an entry's index in the result may differ from its
  // index in the input; cross-checks look up where each entry came from instead.
  private readonly sourcePaths = new WeakMap<object, string>();

  add(path: string, message: string, en?: string): void {
    this.list.push(en === undefined ? { path, message } : { path, message, en });
  }

  /** Records that `value` was read from `path`, and returns it. */
  located<T extends object>(value: T, path: string): T {
    this.sourcePaths.set(value, path);
    return value;
  }

  /** The input path `value` was read from. */
  pathOf(value: object): string {
    const path = this.sourcePaths.get(value);
    if (path === undefined) throw new Error('Plan validation lost track of where a value was read from');
    return path;
  }
}

/** `field('stages[0]', 'phases')` → 'stages[0].phases'; `field('x', 2)` → 'x[2]'. */
export function field(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value is, for messages: officials see "một số" rather than "number". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có giá trị';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return `chuỗi "${value}"`;
  if (typeof value === 'number') return `số ${value}`;
  if (typeof value === 'boolean') return `giá trị ${value}`;
  return 'một đối tượng';
}

/** A required text: present, a string, not blank once normalised (NFC, spaces collapsed). */
export function readText(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
): string | undefined {
  const value = source[key];
  const at = field(path, key);
  if (value === undefined || value === null || (typeof value === 'string' && normalizeText(value) === '')) {
    issues.add(at, `Chưa nhập ${label}.`);
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.add(at, `${capitalise(label)} phải là văn bản, không phải ${describeValue(value)}.`);
    return undefined;
  }
  return normalizeText(value);
}

/** An optional text: absent is fine, anything but a string is not. */
export function readOptionalText(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
): string | undefined {
  if (source[key] === undefined) return undefined;
  return readText(source, key, path, issues, label);
}

/** A list; a missing list reads as empty when `optional`, otherwise it is reported. */
export function readList(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
  optional = false,
): unknown[] {
  const value = source[key];
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) {
    issues.add(field(path, key), `${capitalise(label)} phải là một danh sách, không phải ${describeValue(value)}.`);
    return [];
  }
  return value;
}

/** A list of non-blank texts; each bad entry is reported at its own index. */
export function readTextList(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
  optional = false,
): string[] {
  const at = field(path, key);
  return readList(source, key, path, issues, label, optional).flatMap((item, index) => {
    if (typeof item === 'string' && normalizeText(item) !== '') return [normalizeText(item)];
    issues.add(field(at, index), `Mỗi mục của ${label} phải là văn bản không rỗng, không phải ${describeValue(item)}.`);
    return [];
  });
}

/** Like readTextList, but `undefined` when the field is absent: "no constraint" differs from "none". */
export function readOptionalTextList(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
): string[] | undefined {
  return source[key] === undefined ? undefined : readTextList(source, key, path, issues, label);
}

export function readObject(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
): Record<string, unknown> | undefined {
  const value = source[key];
  if (isRecord(value)) return value;
  issues.add(
    field(path, key),
    value === undefined ? `Chưa nhập ${label}.` : `${capitalise(label)} phải là một đối tượng, không phải ${describeValue(value)}.`,
  );
  return undefined;
}

export function readOneOf<T extends string | null>(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
  allowed: readonly T[],
): T | undefined {
  const value = source[key];
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const options = allowed.map((option) => (option === null ? 'null' : `"${option}"`)).join(', ');
  issues.add(field(path, key), `${capitalise(label)} phải là một trong ${options}, không phải ${describeValue(value)}.`);
  return undefined;
}

export function readBoolean(
  source: Record<string, unknown>,
  key: string,
  path: string,
  issues: PlanIssues,
  label: string,
  fallback?: boolean,
): boolean | undefined {
  const value = source[key];
  if (typeof value === 'boolean') return value;
  if (value === undefined && fallback !== undefined) return fallback;
  issues.add(field(path, key), `${capitalise(label)} phải là true hoặc false, không phải ${describeValue(value)}.`);
  return undefined;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
