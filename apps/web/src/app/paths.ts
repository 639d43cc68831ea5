// The app's own paths (Vietnamese, so they never overlap the API's English ones) and how to build each link.
// Keys and codes go through encodeURIComponent: a periodic report's obligation key holds '#'.

export const PATHS = {
  inbox: '/hop-viec',
  dashboard: '/tong-quan',
  campaigns: '/phong-trao',
  newCampaign: '/phong-trao/moi',
  campaign: '/phong-trao/:campaignId',
  unit: '/phong-trao/:campaignId/don-vi/:unitCode',
  obligation: '/phong-trao/:campaignId/don-vi/:unitCode/viec/:obligationKey',
  audit: '/kiem-tra',
} as const;

const part = encodeURIComponent;

export const campaignPath = (campaignId: string) => `${PATHS.campaigns}/${part(campaignId)}`;

export const unitPath = (campaignId: string, unitCode: string) => `${campaignPath(campaignId)}/don-vi/${part(unitCode)}`;

export const obligationPath = (campaignId: string, unitCode: string, obligationKey: string) =>
  `${unitPath(campaignId, unitCode)}/viec/${part(obligationKey)}`;

/** The audit page, opened on one campaign's record. */
export const auditPath = (campaignId?: string) => (campaignId ? `${PATHS.audit}?phong-trao=${part(campaignId)}` : PATHS.audit);

// A leader's task on an obligation is keyed after it: `<obligation>:approval#<round>`, `<obligation>:extension#<n>`.
const LEADER_TASK_SUFFIX = /:(approval|extension)#\d+$/;

/**
 * Where an inbox task is acted on: a plan to approve or sign on its campaign's page (the approval panel), every
 * obligation (a report to send, a report to approve, an extension to decide) on the obligation's own page.
 */
export function taskPath(task: { kind: string; campaignId: string; unitCode: string; obligationKey: string }): string {
  if (task.kind === 'plan_approval') return campaignPath(task.campaignId);
  return obligationPath(task.campaignId, task.unitCode, task.obligationKey.replace(LEADER_TASK_SUFFIX, ''));
}
