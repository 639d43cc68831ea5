import { isLocalDate } from '../../calendar/local-date';
import type { AwardCatalogue, AwardCatalogueEntry } from '../award-catalogue.types';

/** Whether an entry is in force on a date: from its validFrom, up to but excluding its validUntil. */
export function entryInForce(entry: Pick<AwardCatalogueEntry, 'validFrom' | 'validUntil'>, onDate: string): boolean {
  return entry.validFrom <= onDate && (entry.validUntil === undefined || onDate < entry.validUntil);
}

/**
 * The catalogue's entry for `key` in force on `onDate`, or undefined. A key may have several dated
 * versions (a province changed its council rule from a date): the one in force that day answers.
 */
export function catalogueEntry(catalogue: AwardCatalogue, key: string, onDate: string): AwardCatalogueEntry | undefined {
  if (!isLocalDate(onDate)) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): "${onDate}"`);
  return catalogue.entries.find((entry) => entry.key === key && entryInForce(entry, onDate));
}

/** Every entry in force on `onDate`, in catalogue order. */
export function entriesInForce(catalogue: AwardCatalogue, onDate: string): AwardCatalogueEntry[] {
  if (!isLocalDate(onDate)) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): "${onDate}"`);
  return catalogue.entries.filter((entry) => entryInForce(entry, onDate));
}
