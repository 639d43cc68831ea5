import { DEFAULT_REMINDER_POLICY, PlanDefinition } from '../plan/plan.types';
import type { ReportRequestDraft, ReportRequestKind } from './report-request.types';

export const REQUEST_PHASE_KEY = 'request';

const KIND_NAMES: Record<ReportRequestKind, string> = { report: 'Báo cáo', registration: 'Đăng ký', list: 'Danh sách' };

/**
 * The one-phase plan a request runs as: issued by the requester's unit, owed by the recipients from
 * the moment it is issued until its due date; nothing owed by the requester but to read what comes.
 */
export function requestPlan(draft: ReportRequestDraft, requesterUnitCode: string, year: number): PlanDefinition {
  return {
    issuer: { unitCode: requesterUnitCode },
    place: '',
    year,
    title: draft.title.trim(),
    legalBases: [],
    purposes: [draft.content.trim()],
    requirements: [],
    participants: draft.recipients,
    participantGroups: [{ key: 'recipients', label: 'Đơn vị được yêu cầu', match: {}, criteria: draft.kpis ?? [] }],
    awardForms: [],
    stages: [
      {
        key: REQUEST_PHASE_KEY,
        name: draft.title.trim(),
        phases: [
          {
            key: REQUEST_PHASE_KEY,
            kind: 'request',
            name: `${KIND_NAMES[draft.kind]}: ${draft.title.trim()}`,
            opensAt: { kind: 'durationAfter', anchor: 'issued', duration: '0s' },
            dueByLevel: { default: draft.due },
          },
        ],
      },
    ],
    responsibilities: [],
    recipients: [],
    signature: { capacity: null, bodyName: '', signerTitle: '' },
    approvalChain: [],
    reminders: draft.reminders ?? DEFAULT_REMINDER_POLICY,
  };
}
