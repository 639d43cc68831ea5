/**
 * A small made-up tree to try a template on before it is accepted: an issuer of the kind the template is
 * written for, the body it names as appraiser, and under the issuer a chain of units of every kind the
 * plan selects, one per level. Its codes and levels are made up on purpose, so a template that names a
 * real tree's unit or level ("TQ-SNV", "xa") fails here instead of working only in that tree.
 */
import { childPath } from '../../org/unit-path';
import { isRecord } from '../validation/plan-issues';
import type { PlanTemplate, TemplateRequest } from './plan-template.types';
import { parsePlaceholder, placeholderUses } from './placeholders';
import type { TemplateOrgContext, TemplateOrgUnit } from './template-context';

const SAMPLE_ISSUER = 'MAU';
const SAMPLE_APPRAISER = 'MAU-THAM-DINH';

export function sampleOrgFor(template: PlanTemplate): { org: TemplateOrgContext; request: Omit<TemplateRequest, 'year'> } {
  const depth = Math.max(3, 1 + deepestLevelOffset(template));
  const levelCodes = Array.from({ length: depth }, (_, rank) => `cap-mau-${rank + 1}`);
  const issuerKind = template.issuerKinds?.[0] ?? 'ubnd';
  const units = new Map<string, TemplateOrgUnit>();
  const add = (code: string, levelRank: number, kind: string, parentCode: string | null) => {
    const parentPath = parentCode === null ? null : units.get(parentCode)!.path;
    units.set(code, { code, levelCode: levelCodes[levelRank], kind, path: childPath(parentPath, code), name: `Đơn vị mẫu ${code}` });
  };
  add(SAMPLE_ISSUER, 0, issuerKind, null);
  add(SAMPLE_APPRAISER, 0, template.bodies?.appraiser?.kind ?? 'co_quan_tham_dinh', SAMPLE_ISSUER);
  participantKindsOf(template, issuerKind).forEach((kind, index) => {
    add(`MAU-${index}-CUNG-CAP`, 0, kind, SAMPLE_ISSUER);
    let parent = SAMPLE_ISSUER;
    for (let rank = 1; rank < depth; rank++) {
      const code = `MAU-${index}-${rank}`;
      add(code, rank, kind, parent);
      parent = code;
    }
  });
  return {
    org: { units, levels: new Map(levelCodes.map((code, rank) => [code, rank])) },
    request: { issuerUnitCode: SAMPLE_ISSUER, bodies: { appraiser: SAMPLE_APPRAISER }, place: 'Địa danh mẫu' },
  };
}

function deepestLevelOffset(template: PlanTemplate): number {
  const offsets = placeholderUses(template.plan).map(({ token }) => parsePlaceholder(token));
  return Math.max(0, ...offsets.map((p) => (p?.name === 'level' ? p.offset : 0)));
}

/** The kinds the plan selects its participants by; with none named, units of the issuer's own kind. */
function participantKindsOf(template: PlanTemplate, issuerKind: string): string[] {
  const kinds = isRecord(template.plan.participants) ? template.plan.participants.kinds : undefined;
  const named = Array.isArray(kinds) ? kinds.filter((k): k is string => typeof k === 'string') : [];
  return named.length ? [...new Set(named)] : [issuerKind];
}
