import type { AwardForm } from '@tdkt/domain';

// A plan's award form may name the award catalogue's entry it is (catalogueKey): only such a form takes award
// dossiers. The form's select offers the entries of the drafter's province, and "none" as a choice of its own.

/** The select's value for "Không theo danh mục": a Select shows an empty value as a choice, an absent one as blank. */
export const NO_CATALOGUE_ENTRY = '';

/** What the select needs of a catalogue entry (GET /award-forms). */
export interface CatalogueEntryChoice {
  key: string;
  name: string;
  decidedBy: { title: string };
}

export interface CatalogueOption {
  value: string;
  label: string;
}

/**
 * "None" first, then the catalogue's entries; a key the form already names that the list lacks (the list did not
 * load, or the entry left the catalogue) is kept as an option under its own key, so it is shown and not lost.
 */
export function catalogueOptions(
  entries: readonly CatalogueEntryChoice[],
  chosen: string | undefined,
  noneLabel: string,
): CatalogueOption[] {
  const options = [{ value: NO_CATALOGUE_ENTRY, label: noneLabel }, ...entries.map((entry) => ({ value: entry.key, label: entry.name }))];
  return chosen && !entries.some((entry) => entry.key === chosen) ? [...options, { value: chosen, label: chosen }] : options;
}

/** A field of an award form, by its path inside the form, with the value to give it. */
export type FilledField = [path: ['name'] | ['decidedBy', 'title'], value: string];

/**
 * What choosing an entry fills in: the form's name and who decides it, each only while still blank, so nothing the
 * official wrote is overwritten.
 */
export function blanksFilledBy(form: Partial<AwardForm> | undefined, entry: CatalogueEntryChoice): FilledField[] {
  const blank = (text: string | undefined) => !text?.trim();
  const filled: FilledField[] = [];
  if (blank(form?.name)) filled.push([['name'], entry.name]);
  if (blank(form?.decidedBy?.title)) filled.push([['decidedBy', 'title'], entry.decidedBy.title]);
  return filled;
}
