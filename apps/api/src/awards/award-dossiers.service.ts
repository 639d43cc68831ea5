import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { AwardDossierInput, awardDossierWorkflowId, dossierActionUpdate } from '@tdkt/contracts';
import {
  actingRoles,
  AwardCatalogue,
  AwardRoute,
  awardClock,
  catalogueEntry,
  checkNominationList,
  computeAwardRoute,
  isRouteRefusal,
  NominationList,
  nomineeKey,
  Role,
  roleReachesDescendants,
  toLocalDate,
  UnitRecord,
} from '@tdkt/domain';
import { AwardDossierEntity, AwardDossierStore, CampaignEntity, CampaignProjections, OrgDirectory, type Page } from '@tdkt/persistence';
import { APP_CONFIG } from '../config/config.module';
import { AccessPolicy } from '../access/access-policy.service';
import { actorRefOf } from '../common/actor-ref';
import { refusalException } from '../common/refusal-exception';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { CampaignsService } from '../campaigns/campaigns.service';
import { NationalCalendarService } from '../calendar/national-calendar.service';
import { DelegatedActorService, LentActor } from '../delegations/delegated-actor.service';
import { AwardCatalogueService } from './award-catalogue.service';
import { dossierFacts, presentDossier } from './award-dossier.presenter';
import { awardStatistics } from './award-statistics';
import type { AwardDossierView } from './award-dossier.view';
import type { KpiEvidenceView } from './kpi-evidence.view';
import { CreateAwardDossierDto } from './create-award-dossier.dto';
import { DossierActionDto } from './dossier-action.dto';
import { toDossierAction } from './dossier-action.mapper';
import { toNomination } from './nomination.mapper';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/** Who puts a unit's list forward: its specialists draft it, its leaders sign the tờ trình. */
const COUNCIL_ROLES: Role[] = ['council_secretary', 'council_member'];

/**
 * Award dossiers: a unit's list for one award form is checked against the catalogue, the plan and the
 * award history, given its route from the unit's place in the tree, and started as its own workflow;
 * every later action goes to that workflow as an Update, refused there by the dossier's rules.
 */
@Injectable()
export class AwardDossiersService {
  constructor(
    private readonly temporal: Client,
    private readonly campaigns: CampaignsService,
    private readonly directory: OrgDirectory,
    private readonly projections: CampaignProjections,
    private readonly dossiers: AwardDossierStore,
    private readonly calendar: NationalCalendarService,
    private readonly delegated: DelegatedActorService,
    private readonly catalogues: AwardCatalogueService,
    private readonly policy: AccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(me: CurrentOfficialInfo, campaignId: string, body: CreateAwardDossierDto): Promise<AwardDossierView> {
    const campaign = await this.campaigns.visible(me, campaignId);
    const sent = body.requestId ? await this.dossiers.get(body.requestId) : null;
    if (sent) return this.resent(me, sent, campaignId);
    if (campaign.status !== 'running') {
      throw new ConflictException({
        message: `Phong trào không nhận đề nghị khen thưởng ở trạng thái "${campaign.status}".`,
        en: `The campaign does not take award nominations while its status is "${campaign.status}".`,
      } satisfies Bilingual);
    }
    // A list is always its drafter's own unit's (nominatingUnitCode below): the table says which roles draft it.
    this.policy.require(
      me,
      'award_dossier',
      'act',
      { unitPath: me.actor.unitPath },
      {
        message: 'Chỉ chuyên viên hoặc lãnh đạo của đơn vị được lập danh sách đề nghị khen thưởng.',
        en: "Only the unit's specialists or leaders may draw up a list of award nominations.",
      },
    );
    const today = toLocalDate(new Date());
    const catalogue = await this.catalogueOn(me.unit.code, today);
    const list: NominationList = {
      awardKey: body.awardKey,
      nominatingUnitCode: me.unit.code,
      year: body.year ?? campaign.year,
      nominations: body.nominations.map(toNomination),
      minutes: body.minutes,
    };
    await this.checkList(campaign, list, catalogue, today);

    const entry = catalogueEntry(catalogue, list.awardKey, today)!;
    const routed = computeAwardRoute(entry, catalogue.stepLimits, await this.pathOf(me.unit.code));
    if (isRouteRefusal(routed)) throw refusalException(routed);
    const route = routed;
    const stepUnits = await this.actingUnits(route);
    const deciding = await this.directory.findUnit(route.decidingUnitCode);

    const id = body.requestId ?? randomUUID();
    let stored: AwardDossierEntity;
    try {
      stored = await this.dossiers.create({ id, campaignId, list, route, stepUnits, submittedBy: me.actor.officialId });
    } catch (error) {
      // The same list sent twice at once: the second finds the first's dossier.
      const first = body.requestId ? await this.dossiers.get(body.requestId) : null;
      if (first) return this.resent(me, first, campaignId);
      throw error;
    }
    const input: AwardDossierInput = {
      facts: dossierFacts(stored),
      submittedBy: actorRefOf(me),
      clock: awardClock(campaign.plan, await this.calendar.entered()),
      issuerCode: deciding?.issuerCode ?? 'UBND',
    };
    try {
      await this.temporal.workflow.start('awardDossierWorkflow', {
        taskQueue: this.config.temporal.taskQueue,
        workflowId: awardDossierWorkflowId(campaignId, id),
        args: [input],
      });
    } catch (error) {
      await this.dossiers.discard(id);
      throw error;
    }
    return presentDossier(stored, entry.name, actorRefOf(me), [], await this.lentFor(me, campaignId));
  }

  /** The same list sent again (its answer was lost): the dossier it created, never a second one. */
  private async resent(me: CurrentOfficialInfo, sent: AwardDossierEntity, campaignId: string): Promise<AwardDossierView> {
    if (sent.campaignId !== campaignId || sent.submittedBy !== me.actor.officialId) {
      throw new ConflictException({
        message: 'Mã yêu cầu (requestId) này đã được dùng cho một hồ sơ khác.',
        en: 'This request id (requestId) was already used for another dossier.',
      } satisfies Bilingual);
    }
    return this.view(me, sent.id);
  }

  async list(me: CurrentOfficialInfo, campaignId: string, page: { limit: number; offset: number }) {
    await this.campaigns.visible(me, campaignId);
    return this.presentPage(me, await this.dossiers.list({ campaignId, visibleTo: visibleTo(me), ...page }));
  }

  /** The lists posted for objections now in the official's province: any official may read them and object. */
  async postings(me: CurrentOfficialInfo, page: { limit: number; offset: number }) {
    const rootPath = `/${me.actor.unitPath.split('/').filter(Boolean)[0]}/`;
    return this.presentPage(me, await this.dossiers.postedNow(rootPath, new Date(), page));
  }

  async view(me: CurrentOfficialInfo, dossierId: string): Promise<AwardDossierView> {
    const dossier = await this.visibleDossier(me, dossierId);
    return this.present(me, dossier, await this.evidenceOf(dossier));
  }

  /** The campaign's figures: dossiers and names by award form and by nominating unit (the issuer's side and auditors see all). */
  async statistics(me: CurrentOfficialInfo, campaignId: string) {
    await this.campaigns.visible(me, campaignId);
    const dossiers = [];
    for (let offset = 0; ; offset += 500) {
      const page = await this.dossiers.list({ campaignId, visibleTo: visibleTo(me), limit: 500, offset });
      dossiers.push(...page.items);
      if (dossiers.length >= page.total || !page.items.length) break;
    }
    return awardStatistics(dossiers);
  }

  /** KPI evidence pulled from the campaign: what the nominating unit reported, with each report's status. */
  private async evidenceOf(dossier: AwardDossierEntity) {
    const rows = await this.projections.progressOf(dossier.campaignId, { unitCodes: [dossier.nominatingUnitCode], limit: 500, offset: 0 });
    return rows.items
      .filter((row) => row.kpiValues && Object.keys(row.kpiValues).length)
      .map((row) => ({ obligationKey: row.obligationKey, status: row.status, kpiValues: row.kpiValues! }));
  }

  async act(me: CurrentOfficialInfo, dossierId: string, body: DossierActionDto): Promise<AwardDossierView> {
    const dossier = await this.visibleDossier(me, dossierId);
    const action = toDossierAction(body);
    const actor = body.delegationId
      ? await this.delegated.actorFor(me, body.delegationId, { kind: 'award_step', campaignId: dossier.campaignId })
      : actorRefOf(me);
    try {
      const { state } = await this.temporal.workflow
        .getHandle(awardDossierWorkflowId(dossier.campaignId, dossier.id))
        .executeUpdate(dossierActionUpdate, { updateId: body.requestId, args: [{ requestId: body.requestId, actor, action }] });
      return this.present(me, { ...dossier, state, status: state.status, stepIndex: state.stepIndex });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new ConflictException({
          message: 'Hồ sơ đã kết thúc, không còn bước nào chờ xử lý.',
          en: 'The dossier has ended; no step is waiting to be handled.',
        } satisfies Bilingual);
      throw error;
    }
  }

  /**
   * The dossier, if the official may see it (docs/ACCESS.md, `award_dossier`): their unit nominated it or sits on its
   * route, they oversee the nominating unit, or it has been posted publicly (any official may then read it and object).
   */
  async visibleDossier(me: CurrentOfficialInfo, dossierId: string): Promise<AwardDossierEntity> {
    const dossier = await this.dossiers.get(dossierId);
    if (!dossier)
      throw new NotFoundException({
        message: `Không tìm thấy hồ sơ khen thưởng "${dossierId}".`,
        en: `Award dossier "${dossierId}" was not found.`,
      } satisfies Bilingual);
    const nominating = await this.directory.findUnit(dossier.nominatingUnitCode);
    this.policy.require(
      me,
      'award_dossier',
      'read',
      {
        // A nominating unit missing from the tree leaves only the route and a posting to read it by.
        unitPath: nominating?.path ?? `/?${dossier.nominatingUnitCode}/`,
        routeUnitCodes: dossier.stepUnits.flat(),
        posted: wasPosted(dossier),
      },
      { message: 'Hồ sơ khen thưởng này nằm ngoài phạm vi của bạn.', en: 'This award dossier is outside your scope.' },
    );
    return dossier;
  }

  /** The dossier as the official sees it, its award named by the catalogue of its nominating unit's province. */
  private async present(me: CurrentOfficialInfo, dossier: AwardDossierEntity, evidence: KpiEvidenceView[] = []): Promise<AwardDossierView> {
    const catalogue = await this.catalogueOn(dossier.nominatingUnitCode, toLocalDate(new Date()));
    const lent = await this.lentFor(me, dossier.campaignId);
    return presentDossier(dossier, this.awardName(catalogue, dossier.awardKey), actorRefOf(me), evidence, lent);
  }

  /** A page of dossiers, all of the official's own province (a campaign's, or those posted there): one catalogue names them. */
  private async presentPage(me: CurrentOfficialInfo, page: Page<AwardDossierEntity>) {
    const catalogue = await this.catalogueOn(me.unit.code, toLocalDate(new Date()));
    const viewer = actorRefOf(me);
    // The posted lists span the province's campaigns, and a delegation may be for one campaign only.
    const campaignIds = [...new Set(page.items.map((dossier) => dossier.campaignId))];
    const lent = new Map(await Promise.all(campaignIds.map(async (id) => [id, await this.lentFor(me, id)] as const)));
    return {
      items: page.items.map((dossier) =>
        presentDossier(dossier, this.awardName(catalogue, dossier.awardKey), viewer, [], lent.get(dossier.campaignId)),
      ),
      total: page.total,
    };
  }

  /** The actors the official's delegations in force lend for award steps of the campaign: whose place they may act in. */
  private lentFor(me: CurrentOfficialInfo, campaignId: string): Promise<LentActor[]> {
    return this.delegated.lentActorsFor(me, { kind: 'award_step', campaignId });
  }

  private async catalogueOn(unitCode: string, date: string): Promise<AwardCatalogue> {
    const catalogue = await this.catalogues.inForce(unitCode, date);
    if (!catalogue)
      throw new ConflictException({
        message: `Chưa có danh mục hình thức khen thưởng áp dụng ngày ${date}.`,
        en: `There is no catalogue of award forms in force on ${date}.`,
      } satisfies Bilingual);
    return catalogue;
  }

  private awardName(catalogue: AwardCatalogue, key: string): string {
    return catalogue.entries.find((entry) => entry.key === key)?.name ?? key;
  }

  /** The list against the catalogue, the plan's award forms and quota, the unit's current step and the award history. */
  private async checkList(campaign: CampaignEntity, list: NominationList, catalogue: AwardCatalogue, today: string): Promise<void> {
    const form = campaign.plan.awardForms.find((candidate) => candidate.catalogueKey === list.awardKey);
    const problems = checkNominationList(list, {
      catalogue,
      onDate: today,
      offeredAwardKeys: campaign.plan.awardForms.flatMap((candidate) => (candidate.catalogueKey ? [candidate.catalogueKey] : [])),
      phaseKind: await this.openStepKind(campaign.id, list.nominatingUnitCode),
      alreadyNominated: await this.dossiers.nominatedCount(campaign.id, list.nominatingUnitCode, list.awardKey),
      ...(form?.quotaPerUnit !== undefined ? { quotaPerUnit: form.quotaPerUnit } : {}),
      history: await this.dossiers.historyOf(list.nominations.map((nomination) => nomineeKey(nomination.nominee))),
    });
    if (!problems.length) return;
    throw invalidInput({
      message: `Danh sách đề nghị khen thưởng có ${problems.length} lỗi cần sửa.`,
      en: `The list of award nominations has ${problems.length} problem(s) to fix.`,
      errors: problems.map((problem) => ({
        path: problem.index === undefined ? problem.field : `nominations[${problem.index}].${problem.field}`,
        message: problem.message,
      })),
    });
  }

  /** The kind of the step the unit is at in the campaign: 'nomination' while its nomination duty is open. */
  private async openStepKind(campaignId: string, unitCode: string): Promise<string> {
    const rows = await this.projections.progressOf(campaignId, { unitCodes: [unitCode], limit: 500, offset: 0 });
    const open = rows.items.filter((row) => row.status === 'open' || row.status === 'returned');
    if (open.some((row) => row.kind === 'nomination')) return 'nomination';
    return open[0]?.kind ?? 'none';
  }

  /** The nominating unit and every unit above it, up to the root. */
  private async pathOf(unitCode: string): Promise<UnitRecord[]> {
    const unit = await this.directory.findUnit(unitCode);
    if (!unit)
      throw new NotFoundException({
        message: `Không tìm thấy đơn vị "${unitCode}".`,
        en: `Unit "${unitCode}" was not found.`,
      } satisfies Bilingual);
    const codes = unit.path.split('/').filter(Boolean).reverse();
    const units = await Promise.all(codes.map((code) => this.directory.findUnit(code)));
    return units.flatMap((found) =>
      found
        ? [
            {
              code: found.code,
              name: found.name,
              levelCode: found.levelCode,
              kind: found.kind,
              parentCode: found.parentCode,
              issuerCode: found.issuerCode ?? undefined,
            },
          ]
        : [],
    );
  }

  /**
   * Per step, the units whose officials act: a leader's own unit; for appraisal and the council, the unit
   * and the bodies beside it at its level where someone holds the role (the Ban TĐKT in the Sở Nội vụ).
   */
  private async actingUnits(route: AwardRoute): Promise<string[][]> {
    return Promise.all(
      route.steps.map(async (step) => {
        if (step.role === 'leader') return [step.unitCode];
        const roles = step.kind === 'council' ? COUNCIL_ROLES : actingRoles(step);
        const unit = await this.directory.findUnit(step.unitCode);
        const beside = (await this.directory.children(step.unitCode)).filter((child) => child.levelCode === unit?.levelCode);
        const holding: string[] = [];
        for (const candidate of [step.unitCode, ...beside.map((child) => child.code)]) {
          const officials = await this.directory.officialsOf(candidate);
          if (officials.some((official) => official.roles.some((role) => roles.includes(role)))) holding.push(candidate);
        }
        return holding.length ? holding : [step.unitCode];
      }),
    );
  }
}

/** A list that reached its posting step has been made public: the whole province may read it. */
function wasPosted(dossier: AwardDossierEntity): boolean {
  const posting = dossier.route.steps.findIndex((step) => step.kind === 'post');
  return posting >= 0 && dossier.state !== null && (dossier.state.stepIndex > posting || dossier.state.postingEndsAt !== null);
}

/** Dossiers the official's unit nominated or acts on, and, for roles that oversee the units below, theirs. */
function visibleTo(me: CurrentOfficialInfo): { unitCode: string; underPath?: string } {
  const reaches = me.actor.roles.some(roleReachesDescendants);
  return { unitCode: me.unit.code, ...(reaches ? { underPath: me.actor.unitPath } : {}) };
}
