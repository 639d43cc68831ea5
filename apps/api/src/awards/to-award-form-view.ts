import { awardAmount, type AwardCatalogueEntry, type CouncilRule, type Prerequisite } from '@tdkt/domain';
import type { AwardFormView } from './award-form.view';
import type { CouncilRuleView } from './council-rule.view';
import type { DecidingAuthorityView } from './deciding-authority.view';
import type { PrerequisiteView } from './prerequisite.view';

/** A catalogue entry as the API shows it: every optional field present, null when the entry has none. */
export function toAwardFormView(entry: AwardCatalogueEntry, baseSalary: number): AwardFormView {
  return {
    key: entry.key,
    name: entry.name,
    category: entry.category,
    nomineeKinds: entry.nomineeKinds,
    decidedBy: decidedByView(entry.decidedBy),
    appraisedBy: entry.appraisedBy,
    postingWorkingDays: entry.postingWorkingDays ?? null,
    consultation: entry.consultation ?? false,
    council: entry.council ? councilView(entry.council) : null,
    prerequisites: (entry.prerequisites ?? []).map(prerequisiteView),
    processingWorkingDays: entry.processingWorkingDays,
    amountMultiple: entry.amountMultiple ?? null,
    amount: awardAmount(entry, baseSalary) ?? null,
    validFrom: entry.validFrom,
    validUntil: entry.validUntil ?? null,
    legalBasis: entry.legalBasis,
  };
}

function decidedByView(decidedBy: AwardCatalogueEntry['decidedBy']): DecidingAuthorityView {
  return decidedBy.kind === 'central'
    ? { kind: 'central', title: decidedBy.title, units: null, body: decidedBy.body }
    : {
        kind: 'unit_head',
        title: decidedBy.title,
        units: decidedBy.units.map((unit) => ({ levelCode: unit.levelCode, unitKinds: unit.unitKinds ?? null })),
        body: null,
      };
}

/** A council rule as the api shows it, every field present (null where the rule's kind has none). */
export function councilView(council: CouncilRule): CouncilRuleView {
  return council.kind === 'vote'
    ? {
        kind: 'vote',
        quorum: council.quorum,
        threshold: council.threshold,
        comparison: council.comparison ?? 'at_least',
        of: council.of,
        secretBallot: council.secretBallot,
        criteria: null,
        passMark: null,
      }
    : {
        kind: 'score',
        quorum: council.quorum,
        threshold: null,
        comparison: null,
        of: null,
        secretBallot: null,
        criteria: council.criteria,
        passMark: council.passMark,
      };
}

function prerequisiteView(prerequisite: Prerequisite): PrerequisiteView {
  return prerequisite.kind === 'held_consecutively'
    ? { kind: prerequisite.kind, text: prerequisite.text, awardKey: prerequisite.awardKey, years: prerequisite.years }
    : { kind: prerequisite.kind, text: prerequisite.text, awardKey: null, years: null };
}
