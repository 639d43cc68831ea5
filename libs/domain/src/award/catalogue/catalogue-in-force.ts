import { isLocalDate } from '../../calendar/local-date';
import type { AwardCatalogue } from '../award-catalogue.types';

/**
 * The catalogue in force on `onDate` (YYYY-MM-DD): the one that took effect last on or before it, or
 * undefined before the first. Of two taking effect the same day, the one listed later wins (a
 * correction issued the same day replaces the first).
 */
export function catalogueInForce(catalogues: readonly AwardCatalogue[], onDate: string): AwardCatalogue | undefined {
  if (!isLocalDate(onDate)) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): "${onDate}"`);
  let found: AwardCatalogue | undefined;
  for (const catalogue of catalogues) {
    // ISO dates order as strings.
    if (catalogue.validFrom <= onDate && (!found || catalogue.validFrom >= found.validFrom)) found = catalogue;
  }
  return found;
}
