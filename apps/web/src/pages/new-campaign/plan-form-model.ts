import type { Criterion, DueDateSpec, ParticipantGroup, Phase, PlanDefinition, Stage } from '@tdkt/domain';

// The form edits the plan itself, field for field, so the API's paths name the form's fields. Two shapes differ:
// a due date keeps every kind's fields side by side (switching kind back restores what was typed), and a phase's
// due dates by level are a list of rows (antd Form lists are arrays, and a row's level may itself be edited).

export type DueKind = DueDateSpec['kind'];

export interface SpecValues {
  kind: DueKind;
  date?: string;
  time?: string;
  keepDayOff?: true;
  anchor?: string;
  days?: number | null;
  at?: string;
  duration?: string;
}

export interface DueRow {
  level: string;
  spec: SpecValues;
}

export type PhaseValues = Omit<Phase, 'opensAt' | 'dueByLevel'> & { opensAt: SpecValues; dues: DueRow[] };
export type StageValues = Omit<Stage, 'phases'> & { phases: PhaseValues[] };

export interface CriterionValues {
  kind: Criterion['kind'];
  key: string;
  text: string;
  target?: number | null;
  unit?: string;
  comparison?: 'atLeast' | 'atMost';
  aggregate?: 'sum' | 'average';
  appliesTo?: Criterion['appliesTo'];
}

export type GroupValues = Omit<ParticipantGroup, 'criteria'> & { criteria: CriterionValues[] };

export type PlanFormValues = Omit<PlanDefinition, 'stages' | 'participantGroups'> & {
  stages: StageValues[];
  participantGroups: GroupValues[];
};

/** The key a due row has when it applies to every level not listed. */
export const DEFAULT_LEVEL = 'default';

export function planToForm(plan: PlanDefinition): PlanFormValues {
  const copy = structuredClone(plan);
  return {
    ...copy,
    participants: { ...copy.participants },
    participantGroups: copy.participantGroups.map((group) => ({
      ...group,
      match: { ...group.match },
      criteria: group.criteria.map((c) => ({ ...c })),
    })),
    stages: copy.stages.map((stage) => ({
      ...stage,
      phases: stage.phases.map(({ dueByLevel, opensAt, ...phase }) => ({
        ...phase,
        opensAt: { ...opensAt },
        dues: Object.entries(dueByLevel).map(([level, spec]) => ({ level, spec: { ...spec } })),
      })),
    })),
  };
}

/**
 * The plan the form holds, as the API reads it: each due date with only its kind's fields, and lists left empty
 * left out (an empty list of levels would match no unit at all). Nothing is checked here: the domain's validator
 * does that, on the very object sent.
 */
export function formToPlan(values: PlanFormValues): PlanDefinition {
  const { stages, participantGroups, participants, awardForms, legalBases, ...rest } = values;
  return {
    ...rest,
    legalBases: (legalBases ?? []).map(({ reference, summary }) => ({ reference, ...text('summary', summary) })),
    participants: withoutEmptyLists(participants ?? {}),
    participantGroups: (participantGroups ?? []).map((group) => ({
      key: group.key,
      label: group.label,
      match: withoutEmptyLists(group.match ?? {}),
      criteria: (group.criteria ?? []).map(criterionOf),
    })),
    awardForms: (awardForms ?? []).map(({ decidedBy, standards, quotaPerUnit, catalogueKey, ...form }) => ({
      ...form,
      // "Không theo danh mục" leaves the key out: the form then takes no award dossiers.
      ...text('catalogueKey', catalogueKey),
      decidedBy: {
        ...text('levelCode', decidedBy?.levelCode),
        ...text('unitCode', decidedBy?.unitCode),
        title: decidedBy?.title,
      } as PlanDefinition['awardForms'][number]['decidedBy'],
      ...text('standards', standards),
      ...(quotaPerUnit === undefined || quotaPerUnit === null ? {} : { quotaPerUnit }),
    })),
    stages: (stages ?? []).map((stage) => ({
      key: stage.key,
      name: stage.name,
      phases: (stage.phases ?? []).map(phaseOf),
    })),
  };
}

function phaseOf({ dues, opensAt, progressEvery, appliesTo, ...phase }: PhaseValues): Phase {
  const every = progressOf(progressEvery);
  return {
    key: phase.key,
    kind: phase.kind,
    name: phase.name,
    opensAt: specOf(opensAt),
    dueByLevel: Object.fromEntries((dues ?? []).map((row) => [row.level, specOf(row.spec)])),
    // Only implementation reports periodically; a phase whose kind changed loses its period with it.
    ...(phase.kind === 'implementation' && every ? { progressEvery: every } : {}),
    ...(appliesTo ? { appliesTo } : {}),
  };
}

/** A period with its cleared parts left out; none left, no period. */
function progressOf(every: Phase['progressEvery']): Phase['progressEvery'] {
  const kept = Object.entries(every ?? {}).filter(([, n]) => n !== undefined && n !== null);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** Only the fields of the chosen kind: the validator refuses "days" on a fixed date. */
export function specOf(values: SpecValues | undefined): DueDateSpec {
  const spec = values ?? { kind: 'date' };
  const defined = <T extends object>(object: T) =>
    Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null)) as T;
  switch (spec.kind) {
    case 'date':
      return defined({ kind: 'date', date: spec.date, time: spec.time, keepDayOff: spec.keepDayOff }) as DueDateSpec;
    case 'workingDaysAfter':
      return defined({ kind: 'workingDaysAfter', anchor: spec.anchor, days: spec.days, time: spec.time }) as DueDateSpec;
    case 'instant':
      return defined({ kind: 'instant', at: spec.at }) as DueDateSpec;
    case 'durationAfter':
      return defined({ kind: 'durationAfter', anchor: spec.anchor, duration: spec.duration }) as DueDateSpec;
    default:
      return { kind: spec.kind } as DueDateSpec;
  }
}

function criterionOf(values: CriterionValues): Criterion {
  const common = { key: values.key, text: values.text, ...(values.appliesTo ? { appliesTo: values.appliesTo } : {}) };
  if (values.kind !== 'kpi') return { kind: values.kind, ...common } as Criterion;
  return {
    kind: 'kpi',
    ...common,
    target: values.target as number,
    unit: values.unit as string,
    comparison: values.comparison as 'atLeast',
    aggregate: values.aggregate as 'sum',
  };
}

function withoutEmptyLists<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => !(Array.isArray(value) && value.length === 0))) as T;
}

function text<K extends string>(key: K, value: string | undefined | null): Partial<Record<K, string>> {
  return value === undefined || value === null || value.trim() === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/** A key not yet used among `taken`, for a row the official adds: keys tie anchors and reports to their phase. */
export function freshKey(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const key = `${prefix}-${n}`;
    if (!taken.includes(key)) return key;
  }
}
