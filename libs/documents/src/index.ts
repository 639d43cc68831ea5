export * from './types';
export {
  formatCashReward,
  formatDecisionReference,
  formatDocumentNumber,
  formatDong,
  formatGroupedInteger,
  formatMultiple,
  formatPlaceDateLine,
  formatShortDate,
  parseIsoDate,
  rewardAmount,
} from './format';
export type { CalendarDate } from './format';
export { renderAwardDecisionPdf } from './decision';
export { renderAwardCertificatePdf } from './certificate';
