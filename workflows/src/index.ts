export { approvalWorkflow } from './approval/approval.workflow';
