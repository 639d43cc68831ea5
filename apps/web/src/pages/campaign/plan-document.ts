import {
  splitPeriodKey,
  type ApprovalState,
  type DueDateSpec,
  type Phase,
  type PlanDefinition,
  type SignatureBlock,
  type Stage,
} from '@tdkt/domain';
import { formatDate, formatDateTime } from '../../format/vietnam-time';

/** Day, month and year as an administrative document prints them after "ngày … tháng … năm …". */
export interface DocumentDate {
  day: string;
  month: string;
  year: string;
}

// Decree 30/2020/NĐ-CP on administrative documents: a day below 10 and the months 1 and 2 take a leading zero
// ("ngày 05 tháng 02 năm 2026"), the other months do not ("ngày 10 tháng 3 năm 2026").
function printed(day: number, month: number, year: number): DocumentDate {
  return { day: String(day).padStart(2, '0'), month: month <= 2 ? `0${month}` : String(month), year: String(year) };
}

/**
 * The date a plan carries: the paper date when it was entered after the fact (`issuedOn`, a Vietnamese calendar
 * date), else the day it was signed here, in Vietnam; null before it is issued.
 */
export function documentDate(issuedOn: string | undefined, issuedAt: string | null): DocumentDate | null {
  const written = issuedOn?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (written) return printed(Number(written[3]), Number(written[2]), Number(written[1]));
  if (!issuedAt) return null;
  const [day, month, year] = formatDate(new Date(issuedAt)).split('/').map(Number);
  return printed(day, month, year);
}

export interface PlannedPhase {
  phase: Phase;
  stage: Stage;
  /** 1-based, across stages: the order the lifecycle runs in. */
  number: number;
}

export function plannedPhases(plan: PlanDefinition): PlannedPhase[] {
  return plan.stages.flatMap((stage) => stage.phases.map((phase) => ({ phase, stage }))).map((entry, i) => ({ ...entry, number: i + 1 }));
}

/** "bao-cao~3" → 3: the period of a periodic report; null for a phase's single obligation. */
export function periodOf(obligationKey: string): number | null {
  return splitPeriodKey(obligationKey).period;
}

/**
 * The obligation a recorded step is about, and its phase: a leader's task on it is recorded under the obligation's key
 * with a suffix ("phat-dong:approval#1"), a periodic report under its period ("bao-cao#2").
 */
export function obligationOfStep(recordedKey: string): { obligationKey: string; phaseKey: string } {
  const obligationKey = recordedKey.split(':')[0];
  return { obligationKey, phaseKey: splitPeriodKey(obligationKey).phaseKey };
}

/**
 * The signature block: as recorded when the plan was signed (the lines the signer's capacity produced, and their
 * name), else as the plan prints it, with nobody's name yet.
 */
export function signatureBlock(signature: SignatureBlock, approval: ApprovalState | null): { lines: string[]; signer: string | null } {
  const signed = approval?.decisions.filter((decision) => decision.action === 'approve' && decision.signature?.length).at(-1);
  if (signed?.signature) return { lines: signed.signature, signer: signed.actor.fullName };
  const body = signature.capacity ? `${signature.capacity}. ${signature.bodyName}` : signature.bodyName;
  return { lines: [body, signature.signerTitle], signer: null };
}

/** What a due date counts from, for the words of the page. */
export type DueAnchor = { kind: 'issued' } | { kind: 'opens' | 'due'; phaseName: string } | { kind: 'other'; name: string };

/** A due date as the plan writes it, before the calendar has turned it into an instant. */
export type DueDescription =
  | { kind: 'date'; text: string }
  | { kind: 'workingDays'; days: number; anchor: DueAnchor }
  | { kind: 'duration'; duration: string; anchor: DueAnchor }
  | { kind: 'announcedLater' };

function anchorOf(name: string, phases: ReadonlyMap<string, Phase>): DueAnchor {
  if (name === 'issued') return { kind: 'issued' };
  const milestone = name.match(/^(.+)\.(opens|due)$/);
  const phase = milestone && phases.get(milestone[1]);
  return milestone && phase ? { kind: milestone[2] as 'opens' | 'due', phaseName: phase.name } : { kind: 'other', name };
}

export function describeDue(spec: DueDateSpec, phases: ReadonlyMap<string, Phase>): DueDescription {
  switch (spec.kind) {
    case 'date': {
      const [year, month, day] = spec.date.split('-');
      return { kind: 'date', text: `${day}/${month}/${year}${spec.time ? ` ${spec.time}` : ''}` };
    }
    case 'instant':
      return { kind: 'date', text: formatDateTime(new Date(spec.at)) };
    case 'workingDaysAfter':
      return { kind: 'workingDays', days: spec.days, anchor: anchorOf(spec.anchor, phases) };
    case 'durationAfter':
      return { kind: 'duration', duration: spec.duration, anchor: anchorOf(spec.anchor, phases) };
    case 'announcedLater':
      return { kind: 'announcedLater' };
  }
}
