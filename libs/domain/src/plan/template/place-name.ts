/**
 * The place a body writes before the date ("Tuyên Quang, ngày … tháng … năm …") is the name of its
 * administrative unit (Nghị định 30/2020/NĐ-CP; the party's rules alike). Unit names already carry it
 * after the word for the unit's tier — "Ủy ban nhân dân tỉnh Tuyên Quang", "Đảng ủy xã Hùng Sơn",
 * "Tỉnh ủy Thái Nguyên" — so it is read from the name rather than stored twice; a body whose name has
 * none ("Sở Nội vụ") writes the place of the unit it belongs to.
 */
import type { PlanOrgUnit } from '../participants';

/** Words that introduce an administrative unit's name, longest first so "thành phố" wins over a bare "phố". */
const TIER_WORDS = [
  'tỉnh ủy',
  'thành ủy',
  'huyện ủy',
  'quận ủy',
  'thị ủy',
  'thành phố',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'tỉnh',
  'huyện',
  'quận',
  'xã',
  'phường',
];

/** A place name is written in capitalised words ("Hùng Sơn", "Hồ Chí Minh") or numbers ("Phường 1"). */
const isNameWord = (word: string) => /^[\p{Lu}\d]/u.test(word);

/** The place in a unit's name, or undefined when the name does not give one. */
export function placeInUnitName(name: string): string | undefined {
  const words = name.normalize('NFC').trim().split(/\s+/);
  // The shortest capitalised tail that follows a tier word: "… MTTQ Việt Nam huyện Yên Sơn" → "Yên Sơn", not "Việt Nam…".
  for (let start = words.length - 1; start > 0; start--) {
    if (!words.slice(start).every(isNameWord)) return undefined;
    const before = (count: number) =>
      words
        .slice(Math.max(0, start - count), start)
        .join(' ')
        .toLowerCase();
    const tierWords = TIER_WORDS.includes(before(1)) ? 1 : TIER_WORDS.includes(before(2)) ? 2 : 0;
    if (!tierWords) continue;
    // A numbered ward is written with its tier: "Phường 1", not "1".
    const numbered = words.slice(start).every((word) => /^\d+$/.test(word));
    return words.slice(numbered ? start - tierWords : start).join(' ');
  }
  return undefined;
}

/** The issuer's place: from its own name, else from the nearest unit above it whose name gives one. */
export function placeOfUnit(
  unit: Pick<PlanOrgUnit, 'path'>,
  units: ReadonlyMap<string, Pick<PlanOrgUnit, 'path'> & { name: string }>,
): string | undefined {
  const codesUpwards = unit.path.split('/').filter(Boolean).reverse();
  for (const code of codesUpwards) {
    const name = units.get(code)?.name;
    const place = name === undefined ? undefined : placeInUnitName(name);
    if (place) return place;
  }
  return undefined;
}
