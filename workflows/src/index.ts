export { approvalWorkflow } from './approval/approval.workflow';
export { campaignWorkflow } from './campaign/campaign.workflow';
export { participationWorkflow } from './participation/participation.workflow';
