import type { AwardForm, NominationEntry } from '@tdkt/domain';

/** A nomination as the form holds it: the nominee's fields flat, so each has its own labelled input. */
export interface NominationValues {
  nomineeKind: 'collective' | 'individual';
  name: string;
  position?: string;
  awardFormKey: string;
  achievements: string;
}

export function nominationEntriesOf(values: readonly NominationValues[] | undefined): NominationEntry[] | undefined {
  if (!values?.length) return undefined;
  return values.map((v) => ({
    awardFormKey: v.awardFormKey,
    nominee: {
      kind: v.nomineeKind,
      name: v.name.trim(),
      ...(v.nomineeKind === 'individual' && v.position?.trim() ? { position: v.position.trim() } : {}),
    },
    achievements: v.achievements.trim(),
  }));
}

export function nominationValuesOf(entries: readonly NominationEntry[] | undefined): NominationValues[] | undefined {
  return entries?.map((e) => ({
    nomineeKind: e.nominee.kind,
    name: e.nominee.name,
    position: e.nominee.position,
    awardFormKey: e.awardFormKey,
    achievements: e.achievements,
  }));
}

/** The plan's award forms that can go to this kind of nominee. */
export const awardFormsFor = (awardForms: readonly AwardForm[], kind: NominationValues['nomineeKind']): AwardForm[] =>
  awardForms.filter((form) => (kind === 'collective' ? form.forCollective : form.forIndividual));

/** Award forms given more nominations than the plan's quota per unit allows, with that quota. */
export function overQuota(awardForms: readonly AwardForm[], values: readonly Partial<NominationValues>[] | undefined): AwardForm[] {
  const counts = new Map<string, number>();
  for (const v of values ?? []) if (v.awardFormKey) counts.set(v.awardFormKey, (counts.get(v.awardFormKey) ?? 0) + 1);
  return awardForms.filter((form) => form.quotaPerUnit !== undefined && (counts.get(form.key) ?? 0) > form.quotaPerUnit);
}
