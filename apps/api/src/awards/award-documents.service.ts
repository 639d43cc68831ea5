import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { renderAwardCertificatePdf, renderAwardDecisionPdf } from '@tdkt/documents';
import { appraiseStepIndex, catalogueEntry, toLocalDate, type AwardCatalogueEntry } from '@tdkt/domain';
import { AwardDossierEntity, CampaignRepository, OrgDirectory } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { AwardCatalogueService } from './award-catalogue.service';
import { dossierFacts } from './award-dossier.presenter';
import { AwardDossiersService } from './award-dossiers.service';
import { certificateDocument } from './printing/certificate-document';
import { decisionDocument } from './printing/decision-document';
import { placeOf, type PrintedParties } from './printing/printed-parties';
import type { Bilingual } from '../common/problem/said';

/** The printable decision and certificates of a decided dossier, rendered to PDF from the record. */
@Injectable()
export class AwardDocumentsService {
  constructor(
    private readonly dossiers: AwardDossiersService,
    private readonly catalogues: AwardCatalogueService,
    private readonly directory: OrgDirectory,
    private readonly campaigns: CampaignRepository,
  ) {}

  async decisionPdf(me: CurrentOfficialInfo, dossierId: string): Promise<Buffer> {
    const { dossier, entry, baseSalary } = await this.decided(me, dossierId);
    return renderAwardDecisionPdf(decisionDocument(dossier.list, dossier.state!, entry, baseSalary, await this.parties(dossier)));
  }

  async certificatePdf(me: CurrentOfficialInfo, dossierId: string, index: number): Promise<Buffer> {
    const { dossier, entry } = await this.decided(me, dossierId);
    if (dossier.state!.standings[index]?.status !== 'awarded') {
      throw new NotFoundException({
        message: `Số ${index + 1} trong danh sách không được khen thưởng theo quyết định này.`,
        en: `Number ${index + 1} on the list is not awarded by this decision.`,
      } satisfies Bilingual);
    }
    return renderAwardCertificatePdf(
      certificateDocument(dossier.list.nominations[index].nominee, dossier.state!, entry, await this.parties(dossier)),
    );
  }

  private async decided(
    me: CurrentOfficialInfo,
    dossierId: string,
  ): Promise<{ dossier: AwardDossierEntity; entry: AwardCatalogueEntry; baseSalary: number }> {
    const dossier = await this.dossiers.visibleDossier(me, dossierId);
    const decision = dossier.state?.decision;
    if (!decision) {
      throw new ConflictException(
        dossier.state?.centralOutcome
          ? ({
              message: 'Quyết định khen thưởng do cấp trung ương ban hành; hệ thống chỉ ghi số và ngày của quyết định đó.',
              en: 'The award decision is issued at the central level; the system only records its number and date.',
            } satisfies Bilingual)
          : ({ message: 'Hồ sơ chưa có quyết định khen thưởng.', en: 'The dossier has no award decision yet.' } satisfies Bilingual),
      );
    }
    const signedOn = toLocalDate(new Date(decision.signedAt));
    const catalogue = await this.catalogues.inForce(dossier.nominatingUnitCode, signedOn);
    const entry = catalogue && catalogueEntry(catalogue, dossier.awardKey, signedOn);
    if (!catalogue || !entry)
      throw new ConflictException({
        message: `Không còn hình thức "${dossier.awardKey}" trong danh mục khen thưởng ngày ${signedOn}.`,
        en: `The award catalogue in force on ${signedOn} no longer has the form "${dossier.awardKey}".`,
      } satisfies Bilingual);
    return { dossier, entry, baseSalary: catalogue.baseSalary };
  }

  private async parties(dossier: AwardDossierEntity): Promise<PrintedParties> {
    const name = async (code: string | undefined) => (code ? ((await this.directory.findUnit(code))?.name ?? code) : null);
    const deciding = await this.directory.findUnit(dossier.decidingUnitCode);
    if (!deciding)
      throw new NotFoundException({
        message: `Không tìm thấy đơn vị quyết định "${dossier.decidingUnitCode}".`,
        en: `The deciding unit "${dossier.decidingUnitCode}" was not found.`,
      } satisfies Bilingual);
    const appraiserCode = dossier.stepUnits[appraiseStepIndex(dossierFacts(dossier))]?.[0];
    const root = deciding.path.split('/').filter(Boolean)[0];
    const nomineeUnits = dossier.list.nominations.flatMap(({ nominee }) =>
      'unitCode' in nominee && nominee.unitCode ? [nominee.unitCode] : [],
    );
    const unitNames = new Map<string, string>();
    for (const code of new Set(nomineeUnits)) unitNames.set(code, (await name(code))!);
    const campaign = await this.campaigns.findById(dossier.campaignId);
    return {
      deciding: {
        name: deciding.name,
        kind: deciding.kind,
        parentName: deciding.kind === 'so' ? await name(deciding.parentCode ?? undefined) : null,
      },
      nominatingName: (await name(dossier.nominatingUnitCode))!,
      appraiserName: appraiserCode && appraiserCode !== deciding.code ? await name(appraiserCode) : null,
      place: placeOf((await name(root)) ?? deciding.name),
      unitNames,
      campaignTitle: campaign?.title ?? 'phong trào thi đua',
    };
  }
}
