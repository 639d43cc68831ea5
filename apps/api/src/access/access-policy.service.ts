import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AccessRule, AccessTarget, Action, grantOf, NEED_TO_KNOW, Relation, relationsTo, Resource } from '@tdkt/domain';
import { CampaignEntity, OrgDirectory, UnitEntity, UnitSuccessors } from '@tdkt/persistence';
import { DataSource } from 'typeorm';
import type { CurrentOfficialInfo } from '../auth/current-official';
import type { Bilingual } from '../common/problem/said';

/** A plan not (yet) issued: its text and its reviewers' comments are a draft (libs/domain need-to-know, `draft_plan`). */
const DRAFT_STATUSES: ReadonlySet<string> = new Set(['in_approval', 'rejected', 'expired']);

export interface Grant {
  rule: AccessRule;
  relations: Relation[];
  /** Set when the rule shows only part of a listing: the official's own unit and those below it. */
  underPath?: string;
}

/**
 * The API's one enforcement point for need-to-know (docs/ACCESS.md): services describe what a request is about,
 * the policy works out how the official stands to it and asks the table. Refusals are 403 with a message an
 * official can act on, or 404 where the table hides the item's existence.
 */
@Injectable()
export class AccessPolicy {
  private readonly successors: UnitSuccessors;

  constructor(
    private readonly directory: OrgDirectory,
    dataSource: DataSource,
  ) {
    this.successors = new UnitSuccessors(dataSource);
  }

  /** The grant, or null: for callers that narrow a listing rather than refuse. */
  check(me: CurrentOfficialInfo, resource: Resource, action: Action, target: AccessTarget): Grant | null {
    const relations = relationsTo(me.actor, target);
    const rule = grantOf(me.actor.roles, relations, resource, action);
    if (!rule) return null;
    return { rule, relations, ...(rule.rows === 'subtree' ? { underPath: me.actor.unitPath } : {}) };
  }

  /** `refusal`: what the official reads when refused; with `en` beside it, the English answer says it too. */
  require(me: CurrentOfficialInfo, resource: Resource, action: Action, target: AccessTarget, refusal: string | Bilingual): Grant {
    const grant = this.check(me, resource, action, target);
    if (grant) return grant;
    throw this.refused(resource, action, refusal);
  }

  /** A campaign as a target: its issuer, and, while it is a draft, the units of its approval chain. */
  async campaignTarget(campaign: CampaignEntity, extra: AccessTarget = {}): Promise<AccessTarget> {
    const issuer = await this.directory.findUnit(campaign.issuerUnitCode);
    // An issuer missing from the tree leaves the campaign related to no one (no path, no issuer side).
    const path = issuer?.path ?? `/?${campaign.issuerUnitCode}/`;
    return {
      unitPath: path,
      issuerPath: path,
      routeUnitCodes: isDraft(campaign) ? approvalUnits(campaign) : [],
      ...extra,
    };
  }

  /** Reading a campaign: a draft only on its issuer's side and along its approval chain; an issued one also below. */
  async requireCampaign(me: CurrentOfficialInfo, campaign: CampaignEntity): Promise<Grant> {
    return this.require(me, isDraft(campaign) ? 'draft_plan' : 'campaign', 'read', await this.campaignTarget(campaign), OUTSIDE_CAMPAIGN);
  }

  /** A campaign-wide reading (progress, nominations, audit): the issuer's side sees all, others their subtree. */
  async requireInCampaign(me: CurrentOfficialInfo, campaign: CampaignEntity, resource: Resource): Promise<Grant> {
    return this.require(me, resource, 'read', await this.campaignTarget(campaign), OUTSIDE_CAMPAIGN);
  }

  /** A unit named inside a campaign (its obligations, criteria, aggregates): 404 when it does not exist. */
  async requireUnitInCampaign(
    me: CurrentOfficialInfo,
    campaign: CampaignEntity,
    unitCode: string,
    resource: Resource,
    action: Action,
    routeUnitCodes: readonly string[] = [],
  ): Promise<Grant & { unit: UnitEntity }> {
    const [unit, issuer] = await Promise.all([this.directory.findUnit(unitCode), this.directory.findUnit(campaign.issuerUnitCode)]);
    if (!unit) throw new NotFoundException(unitNotFound(unitCode));
    const grant = this.require(
      me,
      resource,
      action,
      { ...(await this.unitTarget(unit)), ...(issuer ? { issuerPath: issuer.path } : {}), routeUnitCodes },
      outsideUnit(unit),
    );
    return { ...grant, unit };
  }

  /** A unit of the tree (org units, administration, a province's rules): 404 when it does not exist. */
  async requireUnit(me: CurrentOfficialInfo, unitCode: string, resource: Resource, action: Action): Promise<Grant & { unit: UnitEntity }> {
    const unit = await this.directory.findUnit(unitCode);
    if (!unit) throw new NotFoundException(unitNotFound(unitCode));
    const grant = this.require(me, resource, action, await this.unitTarget(unit), outsideUnit(unit));
    return { ...grant, unit };
  }

  /** A unit as a target; a dissolved one brings its live successor, whose officials carry on its duties. */
  private async unitTarget(unit: UnitEntity): Promise<AccessTarget> {
    if (!unit.successorCode) return { unitPath: unit.path };
    const successor = await this.directory.findUnit(await this.successors.liveSuccessorOf(unit.code));
    return { unitPath: unit.path, ...(successor ? { successorPath: successor.path } : {}) };
  }

  private refused(resource: Resource, action: Action, message: string | Bilingual) {
    const hidden = grantHidden(resource, action);
    return hidden ? new NotFoundException(message) : new ForbiddenException(message);
  }
}

const OUTSIDE_CAMPAIGN: Bilingual = {
  message: 'Phong trào này nằm ngoài phạm vi của bạn.',
  en: 'This campaign is outside your scope.',
};

const unitNotFound = (unitCode: string): Bilingual => ({
  message: `Không tìm thấy đơn vị có mã "${unitCode}".`,
  en: `No unit has the code "${unitCode}".`,
});

const outsideUnit = (unit: Pick<UnitEntity, 'name' | 'code'>): Bilingual => ({
  message: `Đơn vị "${unit.name}" (${unit.code}) nằm ngoài phạm vi của bạn.`,
  en: `Unit "${unit.name}" (${unit.code}) is outside your scope.`,
});

export function isDraft(campaign: Pick<CampaignEntity, 'status'>): boolean {
  return DRAFT_STATUSES.has(campaign.status);
}

/** The units holding a step of the plan's approval chain (a step naming no unit is the issuer's own). */
function approvalUnits(campaign: CampaignEntity): string[] {
  return (campaign.plan.approvalChain ?? []).map((step) => step.unitCode ?? campaign.issuerUnitCode);
}

function grantHidden(resource: Resource, action: Action): boolean {
  return NEED_TO_KNOW.some((rule) => rule.resource === resource && rule.action === action && rule.hidden);
}
