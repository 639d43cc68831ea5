/** Archives a finished campaign's histories; started by the campaign workflow as it ends. */
export const archiveWorkflowId = (campaignId: string): string => `archive:${campaignId}`;

/** One auditor's verification request. */
export const verificationWorkflowId = (campaignId: string, requestId: string): string => `verification:${campaignId}:${requestId}`;

/** Workflow ids that belong to a campaign's business record (not its archiving or verification). */
export const isCampaignRecordWorkflow = (workflowId: string): boolean => /^(campaign|approval|participation|award):/.test(workflowId);
