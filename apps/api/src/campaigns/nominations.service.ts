import { BadRequestException, Injectable } from '@nestjs/common';
import type { NominationDecision, NominationEntry } from '@tdkt/domain';
import { CampaignProjections } from '@tdkt/persistence';
import type { Bilingual } from '../common/problem/said';

export interface NominationView extends NominationEntry {
  unitCode: string;
  index: number;
  /** The issuer's decision: proposed while its nomination report awaits its leader, final once approved. */
  decision: (Pick<NominationDecision, 'outcome' | 'comment'> & { final: boolean }) | null;
}

/**
 * First cut of the award process: nominations approved by each unit's leader reach the issuer, whose
 * own nomination report records a decision on each. The full process (deciding authority per award
 * form, council appraisal, disclosure, forwarding to central) replaces this in the award issue.
 */
@Injectable()
export class NominationsService {
  constructor(private readonly projections: CampaignProjections) {}

  /** `underPath`: only the nominations of units in that subtree (an official below the issuer sees no one else's). */
  async list(campaignId: string, issuerUnitCode: string, underPath?: string): Promise<NominationView[]> {
    const all = await this.projections.nominationReports(campaignId);
    const reports = underPath === undefined ? all : all.filter((r) => r.unitCode === issuerUnitCode || r.unitPath.startsWith(underPath));
    const issuer = reports.find((r) => r.unitCode === issuerUnitCode);
    const decisions = issuer?.content?.nominationDecisions ?? [];
    return reports
      .filter((r) => r.unitCode !== issuerUnitCode && r.status === 'approved')
      .flatMap((r) =>
        (r.content?.nominations ?? []).map((entry, index) => {
          const decision = decisions.find((d) => d.unitCode === r.unitCode && d.index === index);
          return {
            ...entry,
            unitCode: r.unitCode,
            index,
            decision: decision ? { outcome: decision.outcome, comment: decision.comment, final: issuer?.status === 'approved' } : null,
          };
        }),
      );
  }

  /** The issuer may only decide nominations that exist and were approved by their unit's leader. */
  async assertDecidable(campaignId: string, issuerUnitCode: string, decisions: NominationDecision[]): Promise<void> {
    const known = new Set((await this.list(campaignId, issuerUnitCode)).map((n) => `${n.unitCode}#${n.index}`));
    const unknown = decisions.filter((d) => !known.has(`${d.unitCode}#${d.index}`));
    if (unknown.length) {
      const named = unknown.map((d) => `${d.unitCode} #${d.index}`).join(', ');
      throw new BadRequestException({
        message: `Không có đề nghị khen thưởng đã được duyệt tương ứng: ${named}.`,
        en: `There is no approved award nomination for: ${named}.`,
      } satisfies Bilingual);
    }
  }
}
