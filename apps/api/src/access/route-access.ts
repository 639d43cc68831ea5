import type { Action, Resource } from '@tdkt/domain';

/**
 * What a route names, for need-to-know: `none` when it names no unit (the listing is open to every role the table
 * allows and filtered to what each may see), otherwise the record whose unit the relation is taken to.
 */
export type RouteTarget = 'none' | 'campaign' | 'campaign_unit' | 'unit' | 'dossier' | 'own';

export interface RouteAccess {
  resource: Resource;
  action: Action;
  target: RouteTarget;
  /**
   * Where the refusal is made. `policy`: AccessPolicy or a role guard, before the body is looked at. `workflow`: the
   * API lets through the roles the table names and the workflow's step (refuseDecision) decides who exactly acts.
   */
  enforcedBy: 'policy' | 'workflow';
}

const read = (resource: Resource, target: RouteTarget): RouteAccess => ({ resource, action: 'read', target, enforcedBy: 'policy' });
const act = (resource: Resource, target: RouteTarget, enforcedBy: RouteAccess['enforcedBy'] = 'policy'): RouteAccess => ({
  resource,
  action: 'act',
  target,
  enforcedBy,
});

/**
 * Every route of the API (Express's own path syntax, as the running app lists them) and the row of the table it is
 * judged by. apps/api/src/access/route-table.int.spec.ts fails naming any route missing here.
 */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = {
  'POST /auth/login': act('public', 'none'),
  'POST /auth/refresh': act('public', 'none'),
  'GET /auth/oidc': read('public', 'none'),
  'GET /auth/oidc/start': read('public', 'none'),
  'GET /auth/oidc/callback': read('public', 'none'),
  'GET /health/live': read('public', 'none'),
  'GET /health/ready': read('public', 'none'),

  'POST /auth/logout': act('own_account', 'own'),
  'POST /auth/password': act('own_account', 'own'),
  'GET /me': read('own_account', 'own'),
  'GET /inbox': read('own_account', 'own'),
  'GET /notifications': read('own_account', 'own'),
  'POST /notifications/:id/read': act('notifications', 'own'),

  'GET /units/:code': read('org_units', 'unit'),
  'GET /units/:code/officials': read('org_units', 'unit'),
  'GET /units/:code/history': read('org_units', 'unit'),
  'POST /officials/:id/password-reset': act('org_admin', 'none'),
  'POST /admin/org-import': act('org_admin', 'none'),
  'POST /admin/org-import/csv': act('org_admin', 'none'),
  'GET /officials': read('org_admin', 'none'),
  'POST /officials': act('org_admin', 'none'),
  'PATCH /officials/:id': act('org_admin', 'none'),
  'PUT /officials/:id/posting': act('org_admin', 'none'),
  'POST /officials/:id/deactivate': act('org_admin', 'none'),
  'POST /officials/:id/reactivate': act('org_admin', 'none'),
  'GET /officials/:id/postings': read('org_admin', 'none'),
  'POST /org/roots': act('org_roots', 'none'),
  'POST /org/changes/preview': act('org_admin', 'none'),
  'POST /org/changes': act('org_admin', 'none'),
  'GET /org/changes': read('org_admin', 'none'),
  'GET /org/changes/:id': read('org_admin', 'none'),

  'POST /campaigns': act('plan_drafting', 'none'),
  'GET /campaigns': read('campaign', 'none'),
  'GET /campaigns/:id': read('campaign', 'campaign'),
  'POST /campaigns/:id/plan-decisions': act('draft_plan', 'campaign', 'workflow'),
  'POST /campaigns/:id/end': act('campaign_control', 'campaign', 'workflow'),
  'POST /campaigns/:id/clone': act('plan_drafting', 'campaign'),
  'POST /campaigns/:id/amendments': act('campaign_control', 'campaign', 'workflow'),
  'GET /campaigns/:id/amendments': read('campaign', 'campaign'),
  'POST /campaigns/:id/suspend': act('campaign_control', 'campaign', 'workflow'),
  'POST /campaigns/:id/resume': act('campaign_control', 'campaign', 'workflow'),
  'GET /campaigns/:id/schedule': read('campaign', 'campaign'),

  'POST /campaigns/:campaignId/units/:unitCode/obligations/:obligationKey/submission': act('unit_report', 'campaign_unit', 'workflow'),
  'POST /campaigns/:campaignId/units/:unitCode/obligations/:obligationKey/decision': act('unit_report', 'campaign_unit', 'workflow'),
  'POST /campaigns/:campaignId/units/:unitCode/obligations/:obligationKey/extension-request': act(
    'unit_report',
    'campaign_unit',
    'workflow',
  ),
  'POST /campaigns/:campaignId/units/:unitCode/obligations/:obligationKey/extension-decision': act(
    'unit_report',
    'campaign_unit',
    'workflow',
  ),
  'GET /campaigns/:campaignId/units/:unitCode/obligations/:obligationKey/history': read('unit_report', 'campaign_unit'),
  'GET /campaigns/:id/progress': read('progress', 'campaign'),
  'GET /campaigns/:id/units': read('progress', 'campaign'),
  'GET /campaigns/:id/dashboard': read('progress', 'campaign'),
  'GET /campaigns/:id/nominations': read('nominations', 'campaign'),
  'GET /campaigns/:id/units/:unitCode/criteria': read('unit_report', 'campaign_unit'),
  'GET /campaigns/:id/units/:unitCode/aggregate': read('unit_report', 'campaign_unit'),
  'GET /campaigns/:id/units/:unitCode/followed': read('unit_report', 'campaign_unit'),

  'GET /campaigns/:id/timeline': read('audit', 'campaign'),
  'GET /campaigns/:id/timeline.csv': read('audit', 'campaign'),
  'GET /campaigns/:id/timeline.html': read('audit', 'campaign'),
  'GET /campaigns/:id/verification': read('audit', 'campaign'),
  'GET /audit/operator-links': read('operator_links', 'none'),

  'POST /report-requests': act('report_request', 'own'),
  'GET /report-requests': read('report_request', 'none'),

  'GET /award-forms': read('award_catalogue', 'none'),
  'GET /award-history': read('award_catalogue', 'none'),
  'GET /award-postings': read('award_catalogue', 'none'),
  'GET /award-catalogue/overrides/:unitCode': read('catalogue_override', 'unit'),
  'PUT /award-catalogue/overrides/:unitCode': act('catalogue_override', 'unit'),
  'POST /campaigns/:campaignId/award-dossiers': act('award_dossier', 'own', 'workflow'),
  // A campaign's dossiers and their statistics: whoever reads the campaign, each listing only the dossiers they may read.
  'GET /campaigns/:campaignId/award-dossiers': read('campaign', 'campaign'),
  'GET /campaigns/:campaignId/award-statistics': read('campaign', 'campaign'),
  'GET /award-dossiers/:dossierId': read('award_dossier', 'dossier'),
  'POST /award-dossiers/:dossierId/actions': act('award_dossier', 'dossier', 'workflow'),
  'GET /award-dossiers/:dossierId/decision.pdf': read('award_dossier', 'dossier'),
  'GET /award-dossiers/:dossierId/certificates/:index.pdf': read('award_dossier', 'dossier'),
  'POST /award-dossiers/:dossierId/attachments': act('award_dossier', 'dossier', 'workflow'),
  'GET /award-dossiers/:dossierId/attachments/:attachmentId': read('award_dossier', 'dossier'),

  'POST /delegations': act('delegation', 'own'),
  'GET /delegations': read('delegation', 'own'),
  'POST /delegations/:id/revoke': act('delegation', 'own'),

  'GET /campaign-templates': read('templates', 'none'),
  'GET /campaign-templates/:key': read('templates', 'none'),
  'POST /admin/plan-templates': act('templates', 'none'),
  'GET /calendar/:year': read('calendar', 'none'),
  'PUT /admin/calendar/:year': act('calendar', 'none'),
};
