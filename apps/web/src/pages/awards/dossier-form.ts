import type { CreateAwardDossierBody, NomineeBody } from '../../api/award-queries';
import type { FieldRefusal } from '../../api/refusal';

// The nomination list's form and the request it sends. The form's names follow the request body
// (nominations[i].nominee.personalId is the field ['nominations', i, 'nominee', 'personalId']), so a refusal's path
// finds its field; what differs is kept here: the identity fields of another kind left in a row after its kind
// changed, and the switch that shows a row's initiative.

export type NomineeKind = NomineeBody['kind'];
export const NOMINEE_KINDS: readonly NomineeKind[] = ['individual', 'collective', 'household', 'enterprise'];

/** Which identity fields each kind of nominee is known by, in the order the form shows them. */
export const IDENTITY_FIELDS = {
  individual: ['fullName', 'personalId', 'position'],
  collective: ['name', 'unitCode'],
  household: ['headFullName', 'address'],
  enterprise: ['name', 'taxCode', 'address'],
} as const satisfies Record<NomineeKind, readonly (keyof NomineeBody)[]>;

export type IdentityField = (typeof IDENTITY_FIELDS)[NomineeKind][number];

/** The field that names the nominee: where a message about the nominee as a whole (listed twice) is shown. */
const NAME_FIELD: Record<NomineeKind, IdentityField> = {
  individual: 'fullName',
  collective: 'name',
  household: 'headFullName',
  enterprise: 'name',
};

export interface NominationRowValues {
  nominee?: Partial<Record<IdentityField, string>> & { kind?: NomineeKind };
  achievements?: string;
  withInitiative?: boolean;
  initiative?: { title?: string; recognisedBy?: string };
}

export interface DossierFormValues {
  awardKey?: string;
  year?: number | null;
  minutes?: { heldOn?: string; present?: number | null; members?: number | null };
  nominations?: NominationRowValues[];
}

const trimmed = (value: string | undefined) => value?.trim() ?? '';

/** A new row: the first kind the award form may go to. */
export const newRow = (kinds: readonly NomineeKind[]): NominationRowValues => ({ nominee: { kind: kinds[0] ?? 'individual' } });

function nomineeOf(values: NominationRowValues['nominee']): NomineeBody {
  const kind = values?.kind ?? 'individual';
  const nominee: NomineeBody = { kind };
  // Only the kind's own fields, and only those written: the API refuses fields it does not expect.
  for (const field of IDENTITY_FIELDS[kind]) {
    const value = trimmed(values?.[field]);
    if (value) nominee[field] = value;
  }
  return nominee;
}

/** POST /campaigns/{id}/award-dossiers's body from the form. The award rules, in the API, say what is missing. */
export function dossierBodyOf(values: DossierFormValues): CreateAwardDossierBody {
  return {
    awardKey: values.awardKey ?? '',
    ...(typeof values.year === 'number' ? { year: values.year } : {}),
    minutes: {
      heldOn: values.minutes?.heldOn ?? '',
      present: values.minutes?.present ?? 0,
      members: values.minutes?.members ?? 0,
    },
    nominations: (values.nominations ?? []).map((row) => {
      const title = trimmed(row.initiative?.title);
      const recognisedBy = trimmed(row.initiative?.recognisedBy);
      return {
        nominee: nomineeOf(row.nominee),
        achievements: trimmed(row.achievements),
        ...(row.withInitiative && title ? { initiative: { title, ...(recognisedBy ? { recognisedBy } : {}) } } : {}),
      };
    }),
  };
}

export type FieldName = (string | number)[];

/** 'nominations[3].nominee.personalId' → ['nominations', 3, 'nominee', 'personalId']. */
export function parsePath(path: string): FieldName {
  const parts: FieldName = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return parts;
}

const MINUTES_FIELDS = ['heldOn', 'present', 'members'];

/**
 * The form field that shows a refusal at `path` (as the API names it: see checkList in the API and the award rules'
 * checkNominationList), or undefined when no field can: the list as a whole, the campaign's step.
 */
export function dossierFieldOf(path: string, values: DossierFormValues): FieldName | undefined {
  const [head, index, next, field] = parsePath(path);
  switch (head) {
    case 'awardKey':
    case 'year':
      return [head];
    case 'minutes':
      // "The minutes" as a whole is about its counts: shown by the number of members.
      return ['minutes', typeof index === 'string' && MINUTES_FIELDS.includes(index) ? index : 'members'];
    case 'nominations':
      return typeof index === 'number' ? rowField(values.nominations?.[index], index, next, field) : undefined;
    default:
      return undefined;
  }
}

function rowField(
  row: NominationRowValues | undefined,
  index: number,
  next: string | number | undefined,
  field: string | number | undefined,
): FieldName | undefined {
  if (!row) return undefined;
  const at = ['nominations', index];
  const kind = row.nominee?.kind ?? 'individual';
  switch (next) {
    case 'nominee': {
      if (field === 'kind') return [...at, 'nominee', 'kind'];
      const shown = (IDENTITY_FIELDS[kind] as readonly string[]).includes(String(field));
      return [...at, 'nominee', shown ? String(field) : NAME_FIELD[kind]];
    }
    case 'initiative':
      // A prerequisite asking for a recognised initiative, on a row that has none: the switch that adds one.
      if (!row.withInitiative) return [...at, 'withInitiative'];
      return [...at, 'initiative', field === 'title' ? 'title' : 'recognisedBy'];
    case 'achievements':
      return [...at, 'achievements'];
    case 'prerequisites':
      // A prerequisite the history does not show (the title held the years before): the achievements answer for it.
      return [...at, 'achievements'];
    default:
      return undefined;
  }
}

export interface PlacedDossierRefusal {
  /** Each field with its messages, for antd Form's setFields. */
  fields: { name: FieldName; errors: string[] }[];
  /** What no field shows, for the list above the form. */
  unplaced: FieldRefusal[];
}

/** Sorts a refusal's messages onto the form's fields; several on one field are all kept. */
export function placeDossierRefusal(refusals: readonly FieldRefusal[], values: DossierFormValues): PlacedDossierRefusal {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const unplaced: FieldRefusal[] = [];
  for (const refusal of refusals) {
    const name = dossierFieldOf(refusal.path, values);
    if (!name) {
      unplaced.push(refusal);
      continue;
    }
    const id = JSON.stringify(name);
    const entry = byField.get(id) ?? { name, errors: [] };
    if (!entry.errors.includes(refusal.message)) entry.errors.push(refusal.message);
    byField.set(id, entry);
  }
  return { fields: [...byField.values()], unplaced };
}

/** The award forms a campaign offers and the catalogue has: the plan's catalogue keys, in the plan's order. */
export function offeredForms<T extends { key: string }>(planForms: readonly { catalogueKey?: string }[], catalogue: readonly T[]): T[] {
  const byKey = new Map(catalogue.map((form) => [form.key, form]));
  const keys = [...new Set(planForms.flatMap((form) => (form.catalogueKey ? [form.catalogueKey] : [])))];
  return keys.flatMap((key) => {
    const form = byKey.get(key);
    return form ? [form] : [];
  });
}
