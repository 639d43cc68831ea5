import { Role } from './roles';

/**
 * Administrative levels are data, not an enum: the district tier was abolished on 1 July 2025,
 * older plans still use it, and a tree may be of any depth. `rank` orders levels from the top (0).
 */
export interface LevelRecord {
  code: string;
  name: string;
  rank: number;
}

/** A unit as imported: keyed by its code (names repeat across the country). */
export interface UnitRecord {
  code: string;
  name: string;
  levelCode: string;
  kind: string;
  parentCode: string | null;
  /** Short issuer code used in document numbers, e.g. "UBND" in "155/KH-UBND". */
  issuerCode?: string;
  /** Mã đơn vị hành chính, when the unit has one: 2 digits a province, 3 a district, 5 a commune. */
  statisticsCode?: string;
}

export interface OfficialRecord {
  username: string;
  fullName: string;
  email: string;
  unitCode: string;
  roles: Role[];
  /** Position title as printed under a signature, e.g. "Phó Chủ tịch". */
  title?: string;
  password: string;
}

/** One import: everything in it is applied, or nothing is. */
export interface OrgImport {
  levels: LevelRecord[];
  units: UnitRecord[];
  officials: OfficialRecord[];
}

/** A problem with one row of an import, phrased for the official who prepared the file. */
export interface RowError {
  section: 'levels' | 'units' | 'officials';
  row: number;
  field?: string;
  message: string;
  /** English for `message`, where it was written; an English answer shows the Vietnamese otherwise. */
  en?: string;
}
