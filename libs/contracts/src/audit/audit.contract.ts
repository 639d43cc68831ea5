import type { VerificationReport } from './verification-report';

export interface ArchiveInput {
  campaignId: string;
}

export interface VerificationInput {
  campaignId: string;
}

export type VerificationResult = VerificationReport;
