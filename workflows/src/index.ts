export { approvalWorkflow } from './approval/approval.workflow';
export { campaignWorkflow } from './campaign/campaign.workflow';
export { participationWorkflow, participationWorkflowV2 } from './participation/participation.workflow';
export { archiveCampaignWorkflow } from './audit/archive-campaign.workflow';
export { verificationWorkflow } from './audit/verification.workflow';
export { reportRequestWorkflow } from './request/report-request.workflow';
export { awardDossierWorkflow } from './award/award-dossier.workflow';
export { orgChangeWorkflow } from './org/org-change.workflow';
export { mailRetryWorkflow } from './mail/mail-retry.workflow';
