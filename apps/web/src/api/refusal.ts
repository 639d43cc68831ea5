// Every refusal is RFC 9457 problem details (application/problem+json): `detail` a sentence in the official's language,
// `errors` the fields at fault by their path in the request body. The pages show one: a message for the form, and
// each field's message next to that field.

export interface FieldRefusal {
  /** The field's path in the request body, e.g. `phases[2].due.dueByLevel.xa`. */
  path: string;
  message: string;
}

export interface Refusal {
  status: number;
  message: string;
  fields: FieldRefusal[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// An entry with an empty path is about the request as a whole: it has no field to stand next to.
const fieldsOf = (errors: unknown): FieldRefusal[] =>
  Array.isArray(errors)
    ? errors.flatMap((e) =>
        isRecord(e) && typeof e.path === 'string' && e.path && typeof e.message === 'string' ? [{ path: e.path, message: e.message }] : [],
      )
    : [];

/** What the official reads when the API says no; `fallback` when the body says nothing readable (a proxy's 502). */
export function refusalOf(status: number, body: unknown, fallback: string): Refusal {
  if (!isRecord(body)) return { status, message: fallback, fields: [] };
  const message = typeof body.detail === 'string' && body.detail ? body.detail : fallback;
  return { status, message, fields: fieldsOf(body.errors) };
}
