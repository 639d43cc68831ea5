import type { Refusal } from '../api/refusal';

/** Where a refusal is shown: each field's message next to that field, the rest above the form. */
export interface PlacedRefusal {
  /** Null when every message found its field. */
  form: string | null;
  fields: { name: string; message: string }[];
}

/**
 * `fieldNames` are the form's own fields, named as in the request body. A field at fault deeper in the body
 * (`kpiValues.hai-long-tthc`, `nominations[0].achievements`) goes to the form field named by its first step. A 400
 * that names no field is about what the official typed: `invalidField`, when the form has one such field, takes it.
 */
export function placeRefusal(refusal: Refusal, fieldNames: readonly string[], invalidField?: string): PlacedRefusal {
  const fields = refusal.fields.flatMap((field) => {
    const name = field.path.split(/[.[]/)[0];
    return fieldNames.includes(name) ? [{ name, message: field.message }] : [];
  });
  if (fields.length) return { form: fields.length === refusal.fields.length ? null : refusal.message, fields };
  if (refusal.status === 400 && invalidField && !refusal.fields.length)
    return { form: null, fields: [{ name: invalidField, message: refusal.message }] };
  return { form: refusal.message, fields: [] };
}
