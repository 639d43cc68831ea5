/**
 * What a nominee must already hold, checked against the award history by nomineeKey: "Chiến sĩ thi đua
 * cơ sở three years running" means in each of the three years before the list's year, none skipped;
 * an initiative must have been recognised by someone the nomination names.
 */
import type { AwardCatalogue, Prerequisite } from './award-catalogue.types';
import type { AwardRecord, Nomination } from './nomination.types';

export interface UnmetPrerequisite {
  prerequisite: Prerequisite;
  field: string;
  /** What is missing, for the official: the years without the award, or the recognition. */
  missing: string;
}

export function unmetPrerequisites(
  prerequisites: readonly Prerequisite[],
  nomination: Nomination,
  nomineeKey: string,
  year: number,
  history: readonly AwardRecord[],
  catalogue: AwardCatalogue,
): UnmetPrerequisite[] {
  return prerequisites.flatMap((prerequisite): UnmetPrerequisite[] => {
    if (prerequisite.kind === 'initiative_recognised') {
      const initiative = nomination.initiative;
      if (initiative?.recognisedBy?.trim()) return [];
      return [
        {
          prerequisite,
          field: 'initiative.recognisedBy',
          missing: initiative?.title?.trim()
            ? `ghi cơ quan, hội đồng đã công nhận sáng kiến "${initiative.title.trim()}"`
            : 'ghi tên sáng kiến và cơ quan, hội đồng đã công nhận sáng kiến',
        },
      ];
    }
    const held = new Set(history.filter((r) => r.nomineeKey === nomineeKey && r.awardKey === prerequisite.awardKey).map((r) => r.year));
    const years = Array.from({ length: prerequisite.years }, (_, i) => year - prerequisite.years + i);
    const lacking = years.filter((y) => !held.has(y));
    if (lacking.length === 0) return [];
    const name = catalogue.entries.find((entry) => entry.key === prerequisite.awardKey)?.name ?? prerequisite.awardKey;
    return [{ prerequisite, field: 'prerequisites', missing: `lịch sử khen thưởng chưa có "${name}" năm ${lacking.join(', ')}` }];
  });
}
