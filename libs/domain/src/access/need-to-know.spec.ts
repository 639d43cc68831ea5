import { ROLES } from '../org/roles';
import { allowed, grantOf, NEED_TO_KNOW, RELATIONS, RESOURCE_LABELS, RESOURCES } from './need-to-know';
import { relationsTo } from './relations';

const province = { unitCode: 'TQ', unitPath: '/TQ/' };
const district = { unitCode: 'TQ-YS', unitPath: '/TQ/TQ-YS/' };
const commune = { unitCode: 'TQ-YS-X1', unitPath: '/TQ/TQ-YS/TQ-YS-X1/' };
const otherDistrict = { unitCode: 'TQ-SD', unitPath: '/TQ/TQ-SD/' };

describe('relationsTo: how my unit stands to what a request names', () => {
  it('names own unit, below me, above me, and unrelated branches and trees', () => {
    expect(relationsTo(district, { unitPath: '/TQ/TQ-YS/' })).toEqual(['own_unit']);
    expect(relationsTo(district, { unitPath: commune.unitPath })).toEqual(['below_me']);
    expect(relationsTo(commune, { unitPath: '/TQ/' })).toEqual(['above_me']);
    expect(relationsTo(otherDistrict, { unitPath: commune.unitPath })).toEqual(['unrelated']);
    expect(relationsTo(district, { unitPath: '/HG/' })).toEqual(['unrelated']);
    // "/TQ/TQ-Y/" is not above "/TQ/TQ-YS/": paths end with a slash, so a shared prefix of a code is no ancestry.
    expect(relationsTo({ unitCode: 'TQ-Y', unitPath: '/TQ/TQ-Y/' }, { unitPath: '/TQ/TQ-YS/' })).toEqual(['unrelated']);
  });

  it('adds the issuer side, the route and a public posting', () => {
    expect(relationsTo(province, { unitPath: commune.unitPath, issuerPath: '/TQ/' })).toEqual(['below_me', 'issuer_side']);
    expect(relationsTo(commune, { unitPath: commune.unitPath, issuerPath: '/TQ/' })).toEqual(['own_unit']);
    expect(relationsTo(otherDistrict, { unitPath: commune.unitPath, routeUnitCodes: ['TQ-SD'] })).toEqual(['on_route']);
    expect(relationsTo(otherDistrict, { unitPath: commune.unitPath, posted: true })).toEqual(['posted']);
  });
});

describe('the need-to-know table', () => {
  it('names only known resources, relations and roles, and every resource has a label and a rule', () => {
    for (const rule of NEED_TO_KNOW) {
      expect(RESOURCES).toContain(rule.resource);
      expect([...RELATIONS, 'any']).toContain(rule.relation);
      if (rule.roles !== 'any') for (const role of rule.roles) expect([...ROLES, 'system_admin']).toContain(role);
    }
    for (const resource of RESOURCES) {
      expect(RESOURCE_LABELS[resource].vi).toBeTruthy();
      expect(NEED_TO_KNOW.some((rule) => rule.resource === resource)).toBe(true);
    }
  });

  it('lets a drafter draft only for their own unit', () => {
    expect(allowed(['specialist'], 'own_unit', 'plan_drafting', 'act')).toBe(true);
    // The gap this closes: a commune clerk drafting in the province's name.
    expect(allowed(['specialist'], 'above_me', 'plan_drafting', 'act')).toBe(false);
    expect(allowed(['leader'], 'below_me', 'plan_drafting', 'act')).toBe(false);
    expect(allowed(['auditor'], 'own_unit', 'plan_drafting', 'act')).toBe(false);
  });

  it('shows a draft plan and its reviewers’ comments only to the issuer’s side and the approval chain', () => {
    expect(allowed(['specialist'], 'own_unit', 'draft_plan', 'read')).toBe(true);
    expect(allowed(['leader'], 'below_me', 'draft_plan', 'read')).toBe(true);
    expect(allowed(['leader'], 'on_route', 'draft_plan', 'read')).toBe(true);
    expect(allowed(['leader'], 'above_me', 'draft_plan', 'read')).toBe(false);
    expect(allowed(['admin'], 'unrelated', 'draft_plan', 'read')).toBe(false);
    // Once issued, the units below read it.
    expect(allowed(['specialist'], 'above_me', 'campaign', 'read')).toBe(true);
    expect(allowed(['leader'], 'unrelated', 'campaign', 'read')).toBe(false);
  });

  it('gives nominations and progress of the whole campaign to the issuer’s side only, the subtree to the others', () => {
    expect(grantOf(['specialist'], ['issuer_side'], 'nominations', 'read')).toMatchObject({ relation: 'issuer_side' });
    expect(grantOf(['specialist'], ['issuer_side'], 'nominations', 'read')?.rows).toBeUndefined();
    expect(grantOf(['specialist'], ['above_me'], 'nominations', 'read')?.rows).toBe('subtree');
    expect(grantOf(['leader'], ['above_me'], 'progress', 'read')?.rows).toBe('subtree');
    expect(grantOf(['leader'], ['unrelated'], 'progress', 'read')).toBeNull();
    expect(grantOf(['leader'], ['below_me', 'issuer_side'], 'progress', 'read')?.rows).toBeUndefined();
  });

  it('lets the issuer’s specialist read a unit’s criteria and reports below, and a drafter browse the tree below', () => {
    expect(allowed(['specialist'], 'issuer_side', 'unit_report', 'read')).toBe(true);
    expect(allowed(['specialist'], 'below_me', 'org_units', 'read')).toBe(true);
    expect(allowed(['specialist'], 'above_me', 'unit_report', 'read')).toBe(false);
    expect(allowed(['specialist'], 'unrelated', 'org_units', 'read')).toBe(false);
  });

  it('keeps award dossiers to their unit, the overseers above it, their route, and the public once posted', () => {
    expect(allowed(['specialist'], 'own_unit', 'award_dossier', 'read')).toBe(true);
    expect(allowed(['specialist'], 'below_me', 'award_dossier', 'read')).toBe(false);
    expect(allowed(['leader'], 'below_me', 'award_dossier', 'read')).toBe(true);
    expect(allowed(['council_member'], 'on_route', 'award_dossier', 'read')).toBe(true);
    expect(allowed(['specialist'], 'unrelated', 'award_dossier', 'read')).toBe(false);
    expect(allowed(['specialist'], 'posted', 'award_dossier', 'read')).toBe(true);
  });

  it('lets administrators, and only they, administer the org within their scope', () => {
    expect(allowed(['admin'], 'below_me', 'org_admin', 'act')).toBe(true);
    expect(allowed(['admin'], 'above_me', 'org_admin', 'act')).toBe(false);
    expect(allowed(['leader'], 'own_unit', 'org_admin', 'act')).toBe(false);
    expect(allowed(['system_admin'], 'unrelated', 'org_roots', 'act')).toBe(true);
    expect(allowed(['specialist'], 'own_unit', 'org_roots', 'act')).toBe(false);
    expect(allowed(['admin'], 'own_unit', 'org_roots', 'act')).toBe(false);
  });

  it('never lets a read-only official act, except on their own account', () => {
    for (const resource of RESOURCES) {
      for (const relation of RELATIONS) {
        if (resource === 'public' || resource === 'own_account') expect(allowed(['auditor'], relation, resource, 'act')).toBe(true);
        else expect(allowed(['auditor'], relation, resource, 'act')).toBe(false);
      }
    }
  });

  it('refuses an official holding no role at all', () => {
    expect(allowed([], 'own_unit', 'campaign', 'read')).toBe(false);
  });
});
