import type { Nominee } from '@tdkt/domain';
import { nomineeName } from '@tdkt/domain';

/** What a decision and a certificate print about the units and people involved, read from the directory. */
export interface PrintedParties {
  deciding: { name: string; kind: string; parentName: string | null };
  nominatingName: string;
  /** The body that appraised at the deciding level (the Sở Nội vụ for a province). */
  appraiserName: string | null;
  /** The province (or place) named in the date line: "Tuyên Quang". */
  place: string;
  unitNames: ReadonlyMap<string, string>;
  campaignTitle: string;
}

/** The head's title as the decision names its author: a People's Committee's or the Front's Chair, a department's Director. */
export function headTitleOf(unitKind: string): string {
  if (unitKind === 'so') return 'Giám đốc';
  if (unitKind === 'ubnd' || unitKind === 'mttq') return 'Chủ tịch';
  return 'Thủ trưởng';
}

/** The place a body prints in its date line: the name after "tỉnh"/"xã"/"huyện" in the top unit's name. */
export function placeOf(topUnitName: string): string {
  const match = /(?:tỉnh|thành phố|huyện|xã)\s+(.+)$/iu.exec(topUnitName);
  return match ? match[1] : topUnitName;
}

/** The awardee's name as printed, and the line under it: position and unit, or the address. */
export function printedNominee(nominee: Nominee, unitNames: ReadonlyMap<string, string>): { name: string; detail?: string } {
  const name = nominee.kind === 'household' ? `Hộ ${nominee.headFullName}` : nomineeName(nominee);
  switch (nominee.kind) {
    case 'individual': {
      const unit = nominee.unitCode ? unitNames.get(nominee.unitCode) : undefined;
      return { name, detail: [nominee.position, unit].filter(Boolean).join(', ') || undefined };
    }
    case 'collective':
      return {
        name,
        ...(unitNames.get(nominee.unitCode) && unitNames.get(nominee.unitCode) !== name ? { detail: unitNames.get(nominee.unitCode) } : {}),
      };
    case 'household':
    case 'enterprise':
      return { name, detail: nominee.address };
  }
}
