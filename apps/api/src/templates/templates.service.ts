import { ConflictException, Injectable } from '@nestjs/common';
import { checkPlanTemplate, draftFromTemplate, type PlanTemplate, type TemplateRequest, toLocalDate } from '@tdkt/domain';
import { OrgDirectory, PlanTemplateStore } from '@tdkt/persistence';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { AddPlanTemplateDto } from './add-plan-template.dto';
import { TemplateCatalog } from './template-catalog.service';
import { toTemplateSummary, toTemplateView } from './template.view';
import { invalidInput } from '../common/invalid-input';
import type { Bilingual } from '../common/problem/said';

/** What a drafter asks for when starting a campaign from a template. */
export interface TemplateDraftRequest extends TemplateRequest {
  templateKey: string;
  /** Fields of their own, replacing the template's (they may use its placeholders too). */
  plan?: Record<string, unknown>;
}

/**
 * Templates: listing them, filling one for a drafter's issuer and year, and adding one. A filled template is
 * only a draft: the campaign service validates it as any plan before anything is recorded.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly catalog: TemplateCatalog,
    private readonly store: PlanTemplateStore,
    private readonly directory: OrgDirectory,
  ) {}

  async list() {
    const entries = await this.catalog.list();
    return { items: entries.map(toTemplateSummary), total: entries.length };
  }

  async get(key: string) {
    return toTemplateView(await this.catalog.get(key));
  }

  async draft({ templateKey, plan, ...request }: TemplateDraftRequest): Promise<Record<string, unknown>> {
    const { template } = await this.catalog.get(templateKey);
    const result = draftFromTemplate(template, await this.directory.templateOrgContext(), request, plan ?? {});
    if (!result.ok) {
      throw invalidInput({
        message: `Chưa lập được kế hoạch từ mẫu "${templateKey}": ${result.errors.length} chỗ cần bổ sung hoặc sửa; chưa có gì được ghi.`,
        en: `The plan could not be drawn up from template "${templateKey}": ${result.errors.length} place(s) to fill in or fix; nothing was recorded.`,
        errors: result.errors,
      });
    }
    return result.draft;
  }

  /** Checked before it is stored: placeholders known, and a valid plan when filled for a made-up tree. */
  async add(me: CurrentOfficialInfo, body: AddPlanTemplateDto) {
    const template = templateOf(body);
    await this.refuseTakenKey(template.templateKey);
    const thisYear = Number(toLocalDate(new Date()).slice(0, 4));
    const errors = [...misplacedKey(body), ...checkPlanTemplate(template, thisYear)];
    if (errors.length) {
      throw invalidInput({
        message: `Mẫu kế hoạch có ${errors.length} lỗi cần sửa; chưa lưu.`,
        en: `The plan template has ${errors.length} problem(s) to fix; it was not saved.`,
        errors,
      });
    }
    const addedBy = { officialId: me.actor.officialId, fullName: me.fullName };
    if (!(await this.store.add({ template, addedBy, addedAt: new Date() }))) await this.refuseTakenKey(template.templateKey);
    return toTemplateView(await this.catalog.get(template.templateKey));
  }

  private async refuseTakenKey(key: string): Promise<void> {
    if (this.catalog.isShipped(key) || (await this.store.find(key))) {
      throw new ConflictException({
        message: `Đã có mẫu kế hoạch mã "${key}"; chọn mã khác.`,
        en: `A plan template with key "${key}" already exists; choose another key.`,
      } satisfies Bilingual);
    }
  }
}

/** The DTO as a plain template: class instances out, absent fields left out. */
function templateOf(body: AddPlanTemplateDto): PlanTemplate {
  const appraiser = body.bodies?.appraiser;
  return {
    templateKey: body.templateKey,
    ...(body.issuerKinds ? { issuerKinds: [...body.issuerKinds] } : {}),
    ...(appraiser ? { bodies: { appraiser: { kind: appraiser.kind, description: appraiser.description.trim() } } } : {}),
    plan: body.plan,
  };
}

/** The key belongs to the template; a plan made from it gets it when it is filled. */
function misplacedKey(body: AddPlanTemplateDto) {
  const inPlan = body.plan.templateKey;
  if (inPlan === undefined || inPlan === body.templateKey) return [];
  return [
    { path: 'plan.templateKey', message: `Mã mẫu ghi ở templateKey ("${body.templateKey}"); bỏ plan.templateKey ("${String(inPlan)}").` },
  ];
}
