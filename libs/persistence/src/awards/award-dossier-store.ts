import { Brackets, DataSource, In, Not } from 'typeorm';
import type { AwardRecord, AwardRoute, NominationList } from '@tdkt/domain';
import { AwardDossierEntity } from '../entities/award-dossier.entity';
import { AwardRecordEntity } from '../entities/award-record.entity';
import { runAtomically } from '../campaigns/atomic-sql';
import { escapeLike, LIKE_ESCAPE, pathPrefixPattern } from '../campaigns/like-pattern';
import type { Page, PageRequest } from '../campaigns/page';
import { DossierProjectionRecord, projectDossier } from './project-dossier.work';

export interface NewDossier {
  id: string;
  campaignId: string;
  list: NominationList;
  route: AwardRoute;
  stepUnits: string[][];
  submittedBy: string;
}

export interface DossierQuery extends PageRequest {
  campaignId?: string;
  /** Dossiers the unit nominated or acts on along their route, and those nominated at or below `underPath`. */
  visibleTo?: { unitCode: string; underPath?: string };
  status?: string;
}

export interface AwardHistoryQuery extends PageRequest {
  nomineeKey?: string;
  unitCode?: string;
  year?: number;
  awardKey?: string;
}

/** The award dossiers' read model and the award history. Only the dossier workflow's activity projects state. */
export class AwardDossierStore {
  constructor(private readonly dataSource: DataSource) {}

  private get dossiers() {
    return this.dataSource.getRepository(AwardDossierEntity);
  }

  /** Inserts, never overwrites: a second dossier under the same id fails, so a list sent twice is caught. */
  async create(dossier: NewDossier): Promise<AwardDossierEntity> {
    const now = new Date();
    const entity = this.dossiers.create({
      id: dossier.id,
      campaignId: dossier.campaignId,
      nominatingUnitCode: dossier.list.nominatingUnitCode,
      awardKey: dossier.list.awardKey,
      year: dossier.list.year,
      decidingUnitCode: dossier.route.decidingUnitCode,
      status: 'in_progress',
      stepIndex: 0,
      decisionNumber: null,
      list: dossier.list,
      route: dossier.route,
      stepUnits: dossier.stepUnits,
      state: null,
      postedUntil: null,
      version: 0,
      submittedBy: dossier.submittedBy,
      submittedAt: now,
      updatedAt: now,
    });
    await this.dossiers.insert(entity);
    return entity;
  }

  /** Removes a dossier whose workflow could not be started, so no row claims a process that does not run. */
  async discard(id: string): Promise<void> {
    await this.dossiers.delete({ id, version: 0 });
  }

  get(id: string): Promise<AwardDossierEntity | null> {
    return this.dossiers.findOne({ where: { id } });
  }

  async list(query: DossierQuery): Promise<Page<AwardDossierEntity>> {
    const builder = this.dossiers.createQueryBuilder('d').orderBy('d.submitted_at', 'DESC').addOrderBy('d.id', 'ASC');
    if (query.campaignId) builder.andWhere('d.campaign_id = :campaignId', { campaignId: query.campaignId });
    if (query.status) builder.andWhere('d.status = :status', { status: query.status });
    if (query.visibleTo) {
      const { unitCode, underPath } = query.visibleTo;
      builder.andWhere(
        new Brackets((visible) => {
          visible.where('d.nominating_unit_code = :unitCode', { unitCode });
          // The route's units, as JSON text: a code appears quoted, so one code never matches inside another.
          visible.orWhere(`CAST(d.step_units AS TEXT) LIKE :onRoute ${LIKE_ESCAPE}`, { onRoute: `%"${escapeLike(unitCode)}"%` });
          if (underPath) {
            visible.orWhere(`d.nominating_unit_code IN (SELECT u.code FROM units u WHERE u.path LIKE :underPath ${LIKE_ESCAPE})`, {
              underPath: pathPrefixPattern(underPath),
            });
          }
        }),
      );
    }
    const [items, total] = await builder.skip(query.offset).take(query.limit).getManyAndCount();
    return { items, total };
  }

  /** Lists posted for objections right now, in the tree under `rootPath` (a province's), ending soonest first. */
  async postedNow(rootPath: string, now: Date, page: PageRequest): Promise<Page<AwardDossierEntity>> {
    const [items, total] = await this.dossiers
      .createQueryBuilder('d')
      .where('d.posted_until > :now', { now })
      .andWhere("d.status = 'in_progress'")
      .andWhere(`d.nominating_unit_code IN (SELECT u.code FROM units u WHERE u.path LIKE :under ${LIKE_ESCAPE})`, {
        under: pathPrefixPattern(rootPath),
      })
      .orderBy('d.posted_until', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** How many names a unit has already put forward for an award in a campaign, in dossiers still counting (for quotas). */
  async nominatedCount(campaignId: string, unitCode: string, awardKey: string): Promise<number> {
    const rows = await this.dossiers.find({
      select: { list: true },
      where: { campaignId, nominatingUnitCode: unitCode, awardKey, status: Not(In(['expired'])) },
    });
    return rows.reduce((sum, row) => sum + row.list.nominations.length, 0);
  }

  project(p: DossierProjectionRecord): Promise<void> {
    return runAtomically(this.dataSource, () => projectDossier(p, new Date()));
  }

  /** Every award the given nominees hold, for the prerequisite checks. */
  async historyOf(nomineeKeys: string[]): Promise<AwardRecord[]> {
    if (!nomineeKeys.length) return [];
    const rows = await this.dataSource.getRepository(AwardRecordEntity).find({ where: { nomineeKey: In(nomineeKeys) } });
    return rows.map((row) => ({
      nomineeKey: row.nomineeKey,
      nomineeKind: row.nomineeKind,
      awardKey: row.awardKey,
      year: row.year,
      decisionNumber: row.decisionNumber,
    }));
  }

  async history(query: AwardHistoryQuery): Promise<Page<AwardRecordEntity>> {
    const builder = this.dataSource
      .getRepository(AwardRecordEntity)
      .createQueryBuilder('r')
      .orderBy('r.year', 'DESC')
      .addOrderBy('r.decided_at', 'DESC')
      .addOrderBy('r.nominee_index', 'ASC');
    if (query.nomineeKey) builder.andWhere('r.nominee_key = :nomineeKey', { nomineeKey: query.nomineeKey });
    if (query.unitCode) builder.andWhere('r.unit_code = :unitCode', { unitCode: query.unitCode });
    if (query.year) builder.andWhere('r.year = :year', { year: query.year });
    if (query.awardKey) builder.andWhere('r.award_key = :awardKey', { awardKey: query.awardKey });
    const [items, total] = await builder.skip(query.offset).take(query.limit).getManyAndCount();
    return { items, total };
  }
}
