/**
 * What a template's placeholders stand for in one tree, for one issuer and year: read from the unit tree
 * and the drafter's request. A value that cannot be found is left out with the reason, which becomes the
 * refusal only if the template actually uses it (a Front template names no appraiser).
 */
import { issuerConventionFor } from '../../issuer/issuer-conventions';
import { isSameOrDescendant } from '../../org/unit-path';
import type { PlanOrgContext, PlanOrgUnit } from '../participants';
import type { PlanIssue } from '../validation/plan-issues';
import { placeOfUnit } from './place-name';
import type { PlanTemplate, TemplateRequest } from './plan-template.types';
import type { PlaceholderName } from './placeholders';

/** A unit with what a template may print of it: its name (for the place) and the code it prints in numbers. */
export interface TemplateOrgUnit extends PlanOrgUnit {
  name: string;
  issuerCode?: string | null;
}

export interface TemplateOrgContext extends PlanOrgContext {
  units: ReadonlyMap<string, TemplateOrgUnit>;
}

export interface TemplateContext {
  issuer?: string;
  issuerCode?: string;
  appraiser?: string;
  place?: string;
  year?: number;
  /** Level codes from the issuer's own downwards by rank: [its level, one rank below, two below…]. */
  levels?: readonly string[];
  /** Why a value is missing, by placeholder, so a refusal can say what to do about it. */
  missing?: Partial<Record<PlaceholderName, string>>;
  /** The same reasons in English, by placeholder; a reason missing here is answered in Vietnamese. */
  missingEn?: Partial<Record<PlaceholderName, string>>;
}

export function resolveTemplateContext(
  template: Pick<PlanTemplate, 'templateKey' | 'issuerKinds' | 'bodies'>,
  org: TemplateOrgContext,
  request: TemplateRequest,
): { context: TemplateContext; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  const missing: NonNullable<TemplateContext['missing']> = {};
  const missingEn: NonNullable<TemplateContext['missingEn']> = {};
  const context: TemplateContext = { missing, missingEn };
  const lacks = (name: PlaceholderName, why: string, whyEn: string) => {
    missing[name] = why;
    missingEn[name] = whyEn;
  };
  if (request.year === undefined) lacks('year', 'ghi năm kế hoạch (year)', 'give the plan year (year)');
  else context.year = request.year;

  const appraiser = request.bodies?.appraiser;
  if (appraiser !== undefined && !org.units.has(appraiser)) {
    issues.push({
      path: 'bodies.appraiser',
      message: `Không tìm thấy cơ quan thẩm định có mã "${appraiser}" trong cơ cấu tổ chức.`,
      en: `No appraising body with the code "${appraiser}" was found in the organisation.`,
    });
  }

  const issuer = request.issuerUnitCode === undefined ? undefined : org.units.get(request.issuerUnitCode);
  if (!issuer) {
    if (request.issuerUnitCode !== undefined) {
      issues.push({
        path: 'issuerUnitCode',
        message: `Không tìm thấy đơn vị ban hành có mã "${request.issuerUnitCode}" trong cơ cấu tổ chức.`,
        en: `No issuing unit with the code "${request.issuerUnitCode}" was found in the organisation.`,
      });
    }
    for (const name of ['issuer', 'issuerCode', 'appraiser', 'place', 'level'] as const)
      lacks(name, 'chọn đơn vị ban hành (issuerUnitCode)', 'choose the issuing unit (issuerUnitCode)');
    return { context, issues };
  }

  if (template.issuerKinds?.length && !template.issuerKinds.includes(issuer.kind)) {
    issues.push({
      path: 'issuerUnitCode',
      message: `Mẫu "${template.templateKey}" viết cho cơ quan loại ${template.issuerKinds.join(', ')}; ${issuer.name} (${issuer.code}) là loại "${issuer.kind}". Chọn mẫu khác hoặc đơn vị ban hành khác.`,
      en: `Template "${template.templateKey}" is written for bodies of kind ${template.issuerKinds.join(', ')}; ${issuer.name} (${issuer.code}) is of kind "${issuer.kind}". Choose another template or another issuing unit.`,
    });
  }
  context.issuer = issuer.code;
  context.levels = levelsFrom(issuer.levelCode, org.levels);

  const issuerCode = issuer.issuerCode || issuerConventionFor(issuer.kind).defaultIssuerCode;
  if (issuerCode) context.issuerCode = issuerCode;
  else
    lacks(
      'issuerCode',
      `${issuer.name} (${issuer.code}) chưa có ký hiệu cơ quan ban hành (issuerCode) trong cơ cấu tổ chức`,
      `${issuer.name} (${issuer.code}) has no issuing body symbol (issuerCode) in the organisation`,
    );

  const place = request.place?.trim() || placeOfUnit(issuer, org.units);
  if (place) context.place = place;
  else
    lacks(
      'place',
      `tên của ${issuer.name} và của các đơn vị cấp trên không cho biết địa danh; ghi địa danh (place)`,
      `the names of ${issuer.name} and of the units above it do not give a place name; give the place (place)`,
    );

  if (appraiser !== undefined) context.appraiser = appraiser;
  else {
    const found = findAppraiser(template, issuer, org);
    if (typeof found === 'string') context.appraiser = found;
    else lacks('appraiser', found.why, found.whyEn);
  }
  return { context, issues };
}

/** Level codes in rank order, starting at the given one. */
function levelsFrom(levelCode: string, levels: ReadonlyMap<string, number>): string[] {
  const ordered = [...levels.entries()].sort(([, a], [, b]) => a - b).map(([code]) => code);
  const own = ordered.indexOf(levelCode);
  return own < 0 ? [levelCode] : ordered.slice(own);
}

/**
 * The appraiser is a body of the issuer's level inside the issuer's subtree (a province's Sở Nội vụ sits
 * under its People's Committee), of the kind the template names. Only a single match is taken: with two
 * departments of the same kind, guessing would send the plan to the wrong office.
 */
function findAppraiser(
  template: Pick<PlanTemplate, 'bodies'>,
  issuer: TemplateOrgUnit,
  org: TemplateOrgContext,
): string | { why: string; whyEn: string } {
  const wanted = template.bodies?.appraiser;
  if (!wanted)
    return {
      why: 'mẫu không nói cơ quan thẩm định là loại đơn vị nào; ghi mã cơ quan thẩm định (bodies.appraiser)',
      whyEn: 'the template does not say what kind of unit the appraising body is; give its code (bodies.appraiser)',
    };
  const candidates = [...org.units.values()]
    .filter(
      (u) =>
        u.code !== issuer.code && u.kind === wanted.kind && u.levelCode === issuer.levelCode && isSameOrDescendant(u.path, issuer.path),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
  if (candidates.length === 1) return candidates[0].code;
  if (candidates.length === 0) {
    return {
      why: `${issuer.name} không có đơn vị nào loại "${wanted.kind}" cùng cấp (${wanted.description}); ghi mã cơ quan thẩm định (bodies.appraiser)`,
      whyEn: `${issuer.name} has no unit of kind "${wanted.kind}" at its level (${wanted.description}); give the code of the appraising body (bodies.appraiser)`,
    };
  }
  const listed = candidates.map((u) => `${u.code} (${u.name})`).join(', ');
  return {
    why: `${issuer.name} có ${candidates.length} đơn vị loại "${wanted.kind}": ${listed}; ghi mã của ${wanted.description} vào bodies.appraiser`,
    whyEn: `${issuer.name} has ${candidates.length} units of kind "${wanted.kind}": ${listed}; give the code of ${wanted.description} in bodies.appraiser`,
  };
}
