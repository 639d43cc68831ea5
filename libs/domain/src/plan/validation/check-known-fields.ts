/**
 * A plan is data typed by hand, so a misspelt field ("dueBylevel") would otherwise be dropped without a
 * word and the plan would run without what its author wrote. Every reader of an object refuses the
 * fields its type does not have, each at its own path, with the known name it most likely meant.
 */
import { PlanIssues, field } from './plan-issues';
import { suggestFieldName } from './suggest-field-name';

/**
 * The field names of `T`, written out next to the reader that knows them. The compiler holds the list
 * to the type both ways: a name `T` lacks does not compile, nor does a list missing one of `T`'s fields
 * (the error names it under `missingField`), so a field added to the type cannot be refused by mistake.
 */
export const fieldsOf =
  <T extends object>() =>
  <const Names extends readonly (keyof T & string)[]>(
    names: Names & ([Exclude<keyof T, Names[number]>] extends [never] ? unknown : { missingField: Exclude<keyof T, Names[number]> }),
  ): readonly string[] =>
    names;

/** Adds an issue for each field of `source` not in `known`; true when there was none. */
export function checkKnownFields(source: Record<string, unknown>, known: readonly string[], path: string, issues: PlanIssues): boolean {
  const unknown = Object.keys(source).filter((name) => !known.includes(name));
  for (const name of unknown) issues.add(field(path, name), unknownFieldMessage(name, suggestFieldName(name, known)));
  return unknown.length === 0;
}

function unknownFieldMessage(name: string, suggestion: string | undefined): string {
  const refusal = `Trường "${name}" không có trong kế hoạch.`;
  return suggestion === undefined ? `${refusal} Bỏ trường này hoặc sửa lại cho đúng tên.` : `${refusal} Có phải là "${suggestion}"?`;
}
