/**
 * The same person, team, household or enterprise must be recognised in every year's lists, however the
 * name was typed: prerequisites ("Chiến sĩ thi đua cơ sở three years running") and the award history
 * look nominees up by this key. Official identifiers key people and enterprises; a team is keyed by its
 * unit and name, a household by its head and address, both without diacritics, case or punctuation.
 */
import { searchKey } from '../org/vietnamese-text';
import type { Nominee } from './nomination.types';

export function nomineeKey(nominee: Nominee): string {
  switch (nominee.kind) {
    case 'individual':
      return `cccd:${compact(nominee.personalId)}`;
    case 'enterprise':
      return `mst:${compact(nominee.taxCode)}`;
    case 'collective':
      return nominee.team ? `unit:${nominee.unitCode.trim()}/${keyText(nominee.name)}` : `unit:${nominee.unitCode.trim()}`;
    case 'household':
      return `ho:${keyText(nominee.headFullName)}@${keyText(nominee.address)}`;
  }
}

/** Identifiers are copied with spaces in them ("0012 3456 7890"). */
function compact(identifier: string): string {
  return identifier.replace(/\s+/gu, '');
}

/** "Thôn Làng Chẻ, xã Thắng Quân" → "thon lang che xa thang quan": no marks, case or punctuation, so "@" and "/" stay separators. */
function keyText(text: string): string {
  return searchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
