import { Injectable } from '@nestjs/common';
import { compilationsBy, followedBy, selectParticipants } from '@tdkt/domain';
import { CampaignEntity, OrgDirectory } from '@tdkt/persistence';

/** Which units' reports a named body compiles for a phase, under its campaign's plan and today's tree. */
@Injectable()
export class CompilationsService {
  constructor(private readonly directory: OrgDirectory) {}

  /** Every unit the body follows for any phase of the campaign. */
  async followedByUnit(campaign: CampaignEntity, compilerCode: string): Promise<string[]> {
    const compilations = compilationsBy(campaign.plan, compilerCode);
    if (!compilations.length) return [];
    const participants = selectParticipants(campaign.plan, await this.directory.planOrgContext());
    return [...new Set(compilations.flatMap((c) => followedBy(campaign.plan, c, participants, compilerCode).map((p) => p.unitCode)))];
  }

  /** The followed units' codes, or null when the unit compiles nothing for that phase. */
  async followed(campaign: CampaignEntity, compilerCode: string, phaseKey: string): Promise<string[] | null> {
    const compilation = compilationsBy(campaign.plan, compilerCode).find((c) => c.phaseKey === phaseKey);
    if (!compilation) return null;
    const participants = selectParticipants(campaign.plan, await this.directory.planOrgContext());
    return followedBy(campaign.plan, compilation, participants, compilerCode).map((p) => p.unitCode);
  }
}
