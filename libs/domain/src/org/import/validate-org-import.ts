import type { OrgImport, RowError } from '../org.types';
import { describe, isPlainObject, readSection, type Section } from './row-reader';
import { validateLevels } from './validate-levels';
import { validateOfficials } from './validate-officials';
import { orderParentsFirst, validateUnits } from './validate-units';

/**
 * Validation of an organisation import (levels, units, officials) prepared by hand in a
 * spreadsheet or JSON file. Every problem is reported at once, by section and 1-based row,
 * in Vietnamese for the official who prepared the file; row 0 means the section as a whole.
 * Pure: what already exists in the system is passed in, never looked up.
 */

/** What the system already holds: the import may reference these but must not re-create them. */
export interface ExistingOrg {
  levelCodes: ReadonlySet<string>;
  unitCodes: ReadonlySet<string>;
  usernames: ReadonlySet<string>;
  /** Ranks of existing levels; when given, units at existing levels are rank-checked too. */
  levelRanks?: ReadonlyMap<string, number>;
}

export type OrgImportResult = { ok: true; value: OrgImport } | { ok: false; errors: RowError[] };

const SECTION_ORDER: Record<Section, number> = { levels: 0, units: 1, officials: 2 };

export function validateOrgImport(input: unknown, existing: ExistingOrg): OrgImportResult {
  if (!isPlainObject(input)) {
    const message = `Nội dung tệp nhập phải là một đối tượng JSON dạng {"levels": [...], "units": [...], "officials": [...]}, không phải ${describe(input)}`;
    return { ok: false, errors: [{ section: 'levels', row: 0, message }] };
  }
  const errors: RowError[] = [];
  // Each section yields the records it could read; they are only used when nothing at all was reported.
  const levels = validateLevels(readSection(input, 'levels', errors), existing);
  const units = validateUnits(readSection(input, 'units', errors), levels, existing);
  const officials = validateOfficials(readSection(input, 'officials', errors), units.codes, existing);

  if (errors.length > 0) {
    // Stable sort: errors found in later passes (references, cycles) join their row's other errors.
    return { ok: false, errors: errors.sort((a, b) => SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || a.row - b.row) };
  }
  return { ok: true, value: { levels: levels.records, units: orderParentsFirst(units.records), officials } };
}
