import { BadRequestException, Injectable } from '@nestjs/common';
import { CampaignEntity, ChainVerdict, DecisionLog, OrgDirectory, TimelineQuery, verifyDecisionChain } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { CampaignsService } from '../campaigns/campaigns.service';
import { AccessPolicy } from '../access/access-policy.service';
import { TimelineFilterQuery } from './timeline-filter.query';
import { TimelineItemView, toTimelineItem } from './timeline-item.view';
import { TimelinePageQuery } from './timeline-page.query';
import { vietnamBound } from './vietnam-time';
import type { Bilingual } from '../common/problem/said';

/** The most rows one export (CSV or printable page) carries; narrow the filters for more. */
export const TIMELINE_EXPORT_CAP = 100_000;

/** A whole filtered timeline, for the CSV file and the printable record. */
export interface TimelineExport {
  campaign: CampaignEntity;
  issuerName: string;
  filter: TimelineFilterQuery;
  items: TimelineItemView[];
  /** Rows matching the filters; more than `items.length` when the cap cut the export short. */
  total: number;
}

export interface TimelineRecord extends TimelineExport {
  verdict: ChainVerdict;
}

type TimelineSelection = Omit<TimelineQuery, 'limit' | 'offset'>;

/**
 * The decision log as the viewer may read it: a campaign they can see, and within it only the steps on
 * their own unit and below; the log's own entries (seals, archives) only for the issuer and units above it.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly policy: AccessPolicy,
    private readonly directory: OrgDirectory,
    private readonly log: DecisionLog,
  ) {}

  async page(me: CurrentOfficialInfo, campaignId: string, query: TimelinePageQuery): Promise<{ items: TimelineItemView[]; total: number }> {
    const campaign = await this.campaigns.visible(me, campaignId);
    const selection = await this.selection(me, campaign, query);
    const page = await this.log.timeline(campaignId, { ...selection, limit: query.limit, offset: query.offset });
    return { items: page.items.map(toTimelineItem), total: page.total };
  }

  async export(me: CurrentOfficialInfo, campaignId: string, filter: TimelineFilterQuery): Promise<TimelineExport> {
    const campaign = await this.campaigns.visible(me, campaignId);
    const selection = await this.selection(me, campaign, filter);
    const [page, issuer] = await Promise.all([
      this.log.timeline(campaignId, { ...selection, limit: TIMELINE_EXPORT_CAP, offset: 0 }),
      this.directory.findUnit(campaign.issuerUnitCode),
    ]);
    return {
      campaign,
      issuerName: issuer?.name ?? campaign.issuerUnitCode,
      filter,
      items: page.items.map(toTimelineItem),
      total: page.total,
    };
  }

  /** The export with the whole chain checked in-process (hashes and links; the replay runs on the worker). */
  async record(me: CurrentOfficialInfo, campaignId: string, filter: TimelineFilterQuery): Promise<TimelineRecord> {
    const timeline = await this.export(me, campaignId, filter);
    return { ...timeline, verdict: await this.verifyChain(campaignId) };
  }

  private async verifyChain(campaignId: string): Promise<ChainVerdict> {
    const { rows, head } = await this.log.chainSnapshot(campaignId);
    return verifyDecisionChain(campaignId, rows, head);
  }

  private async selection(me: CurrentOfficialInfo, campaign: CampaignEntity, filter: TimelineFilterQuery): Promise<TimelineSelection> {
    const from = this.bound(filter.from, 'from');
    const to = this.bound(filter.to, 'to');
    if (from && to && from > to)
      throw new BadRequestException({
        message: `Khoảng thời gian không hợp lệ: "from" (${filter.from}) phải trước "to" (${filter.to}).`,
        en: `The time range is not valid: "from" (${filter.from}) must come before "to" (${filter.to}).`,
      } satisfies Bilingual);
    const common = { actorUsername: filter.actor, actions: filter.action, from, to };
    if (filter.unitCode !== undefined) {
      const { unit } = await this.policy.requireUnit(me, filter.unitCode, 'org_units', 'read');
      return { ...common, underPath: unit.path, includeUnitless: false };
    }
    const { relations } = await this.policy.requireInCampaign(me, campaign, 'audit');
    return { ...common, underPath: me.actor.unitPath, includeUnitless: relations.includes('issuer_side') };
  }

  /** The log stores instants as ISO text (toISOString), so bounds are compared in that same form. */
  private bound(text: string | undefined, bound: 'from' | 'to'): string | undefined {
    if (text === undefined) return undefined;
    const instant = vietnamBound(text, bound);
    if (!instant)
      throw new BadRequestException({
        message: `"${bound}" = "${text}" không phải là ngày giờ có thật.`,
        en: `"${bound}" = "${text}" is not a real date or time.`,
      } satisfies Bilingual);
    return instant.toISOString();
  }
}
