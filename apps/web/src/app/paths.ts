// The app's own paths (Vietnamese, so they never overlap the API's English ones) and how to build each link.
// Keys and codes go through encodeURIComponent: a plan's phase keys may hold any words, and the periodic reports of
// campaigns issued before period keys took "~" hold '#'.

export const PATHS = {
  inbox: '/hop-viec',
  dashboard: '/tong-quan',
  campaigns: '/phong-trao',
  newCampaign: '/phong-trao/moi',
  campaign: '/phong-trao/:campaignId',
  unit: '/phong-trao/:campaignId/don-vi/:unitCode',
  obligation: '/phong-trao/:campaignId/don-vi/:unitCode/viec/:obligationKey',
  audit: '/kiem-tra',
  awards: '/khen-thuong',
  newAwardDossier: '/phong-trao/:campaignId/khen-thuong/moi',
  awardDossier: '/ho-so-khen-thuong/:dossierId',
  changePassword: '/doi-mat-khau',
  accountsAdmin: '/quan-tri/can-bo',
  orgAdmin: '/quan-tri/to-chuc',
} as const;

const part = encodeURIComponent;

export const campaignPath = (campaignId: string) => `${PATHS.campaigns}/${part(campaignId)}`;

export const unitPath = (campaignId: string, unitCode: string) => `${campaignPath(campaignId)}/don-vi/${part(unitCode)}`;

export const obligationPath = (campaignId: string, unitCode: string, obligationKey: string) =>
  `${unitPath(campaignId, unitCode)}/viec/${part(obligationKey)}`;

/** The audit page, opened on one campaign's record. */
export const auditPath = (campaignId?: string) => (campaignId ? `${PATHS.audit}?phong-trao=${part(campaignId)}` : PATHS.audit);

/** The awards page, opened on one campaign's dossiers (the same ?phong-trao= the audit page is chosen by). */
export const awardsPath = (campaignId?: string) => (campaignId ? `${PATHS.awards}?phong-trao=${part(campaignId)}` : PATHS.awards);

/** Where a unit drafts its nomination list (tờ trình) for one of the campaign's award forms. */
export const newAwardDossierPath = (campaignId: string) => `${campaignPath(campaignId)}/khen-thuong/moi`;

export const awardDossierPath = (dossierId: string) => `/ho-so-khen-thuong/${part(dossierId)}`;

// A leader's task on an obligation is keyed after it: `<obligation>:approval#<round>`, `<obligation>:extension#<n>`.
const LEADER_TASK_SUFFIX = /:(approval|extension)#\d+$/;
// A step of an award dossier is keyed `award:<dossierId>:<stepKind>#<n>`, with `:outcome` or `:answers` after it
// while the province waits on the central outcome or on the answers to objections.
const AWARD_TASK_KEY = /^award:([^:]+):/;

/**
 * Where an inbox task is acted on: a plan to approve or sign on its campaign's page (the approval panel), a step of an
 * award dossier on the dossier's page, every obligation (a report to send, a report to approve, an extension to
 * decide) on the obligation's own page.
 */
export function taskPath(task: { kind: string; campaignId: string; unitCode: string; obligationKey: string }): string {
  if (task.kind === 'plan_approval') return campaignPath(task.campaignId);
  if (task.kind === 'award_step') {
    const dossier = AWARD_TASK_KEY.exec(task.obligationKey);
    // A key in a shape this app does not know still leads somewhere useful: the campaign's dossiers.
    return dossier ? awardDossierPath(dossier[1]) : awardsPath(task.campaignId);
  }
  return obligationPath(task.campaignId, task.unitCode, task.obligationKey.replace(LEADER_TASK_SUFFIX, ''));
}
