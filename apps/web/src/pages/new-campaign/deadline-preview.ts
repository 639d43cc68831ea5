import {
  dayOfWeek,
  dueSpecFor,
  ISSUED_ANCHOR,
  isLocalDate,
  localDateParts,
  parseInstant,
  resolveLevelTimes,
  startOfLocalDay,
  toLocalDate,
  type DueDateSpec,
  type Holiday,
  type LocalDate,
  type PlanDefinition,
  type WorkingDayCalendar,
} from '@tdkt/domain';
import type { Translate } from '../../i18n/i18n-context';
import type { Language } from '../../i18n/messages';

// What a due date of the plan comes to, computed in the browser with the same functions the workflows use to
// schedule obligations, and why: the official checks "10 working days after the launch" against a real date.

export type DeadlineBasis =
  | { kind: 'fixed'; movedFrom?: LocalDate; reason?: Holiday | 'weekend' }
  | { kind: 'workingDays'; days: number; anchor: string; anchorDate: LocalDate; skipped: Holiday[] }
  | { kind: 'instant' }
  | { kind: 'duration'; duration: string; anchor: string };

export type DeadlinePreview =
  { kind: 'date'; date: LocalDate; weekday: number; basis: DeadlineBasis } | { kind: 'later' } | { kind: 'unknown' };

/** Where a preview is looked up: a phase's opening, or its due date on one row of its levels. */
export const openingKey = (phaseKey: string) => `${phaseKey}|opens`;
export const dueRowKey = (phaseKey: string, level: string) => `${phaseKey}|due|${level}`;

/**
 * The instant "issued" stands for before the plan is signed: its paper date when it has one, else its earliest
 * fixed opening (as the validator assumes), else today.
 */
export function assumedIssue(plan: Pick<PlanDefinition, 'issuedOn' | 'stages'>, today: Date): Date {
  if (plan.issuedOn && isLocalDate(plan.issuedOn)) return startOfLocalDay(plan.issuedOn);
  const openings = plan.stages.flatMap((stage) =>
    stage.phases.flatMap((phase) => {
      const spec = phase.opensAt;
      if (spec?.kind === 'date' && typeof spec.date === 'string' && isLocalDate(spec.date)) return [startOfLocalDay(spec.date).getTime()];
      if (spec?.kind === 'instant') {
        try {
          return [parseInstant(spec.at).getTime()];
        } catch {
          return [];
        }
      }
      return [];
    }),
  );
  return openings.length ? new Date(Math.min(...openings)) : today;
}

/** Why a due date lands where it does, given the instant it resolved to and the milestones of its level. */
export function explainDeadline(
  spec: DueDateSpec,
  instant: Date,
  anchors: Readonly<Record<string, Date>>,
  calendar: WorkingDayCalendar,
): DeadlinePreview {
  const date = toLocalDate(instant);
  const at = (basis: DeadlineBasis): DeadlinePreview => ({ kind: 'date', date, weekday: dayOfWeek(date), basis });
  switch (spec.kind) {
    case 'date': {
      const written = spec.date as LocalDate;
      if (written === date) return at({ kind: 'fixed' });
      return at({ kind: 'fixed', movedFrom: written, reason: holidayOn(written, calendar) ?? 'weekend' });
    }
    case 'workingDaysAfter': {
      const anchorDate = toLocalDate(anchors[spec.anchor]);
      const [from, to] = anchorDate < date ? [anchorDate, date] : [date, anchorDate];
      return at({ kind: 'workingDays', days: spec.days, anchor: spec.anchor, anchorDate, skipped: weekdaysOffBetween(from, to, calendar) });
    }
    case 'durationAfter':
      return at({ kind: 'duration', duration: spec.duration, anchor: spec.anchor });
    case 'instant':
      return at({ kind: 'instant' });
    default:
      return { kind: 'later' };
  }
}

function holidayOn(date: LocalDate, calendar: WorkingDayCalendar): Holiday | undefined {
  if (!calendar.covers(date)) return undefined;
  return calendar.holidaysIn(localDateParts(date).year).find((holiday) => holiday.date === date);
}

/** Days off strictly between two dates that would otherwise have been worked: those the count stepped over. */
function weekdaysOffBetween(from: LocalDate, to: LocalDate, calendar: WorkingDayCalendar): Holiday[] {
  const first = localDateParts(from).year;
  const last = localDateParts(to).year;
  const skipped: Holiday[] = [];
  for (let year = first; year <= last; year++) {
    const probe = `${year}-01-01` as LocalDate;
    if (!calendar.covers(probe)) continue;
    for (const holiday of calendar.holidaysIn(year)) {
      const weekday = dayOfWeek(holiday.date);
      if (holiday.date > from && holiday.date < to && weekday !== 0 && weekday !== 6) skipped.push(holiday);
    }
  }
  return skipped;
}

/**
 * Every opening and due row of the plan, previewed: a due row keyed by a level is computed for that level, the
 * `default` row for a level it stands for (the first of `levels` without a row of its own), as a unit there would get it.
 */
export function previewPlan(
  plan: PlanDefinition,
  levels: readonly string[],
  calendar: WorkingDayCalendar,
  issuedAt: Date,
): Map<string, DeadlinePreview> {
  const previews = new Map<string, DeadlinePreview>();
  const timesByLevel = new Map<string, ReturnType<typeof resolveLevelTimes>['times'] | null>();
  const timesFor = (level: string) => {
    if (!timesByLevel.has(level)) {
      try {
        timesByLevel.set(level, resolveLevelTimes(plan, level, { [ISSUED_ANCHOR]: issuedAt }, calendar).times);
      } catch {
        // A plan half typed can break more than a date: its preview waits until it reads again.
        timesByLevel.set(level, null);
      }
    }
    return timesByLevel.get(level) ?? null;
  };
  const anchorsOf = (level: string) => {
    const anchors: Record<string, Date> = { [ISSUED_ANCHOR]: issuedAt };
    for (const [key, { opensAt, dueAt }] of timesFor(level) ?? []) {
      if (opensAt) anchors[`${key}.opens`] = opensAt;
      if (dueAt) anchors[`${key}.due`] = dueAt;
    }
    return anchors;
  };
  const explain = (spec: DueDateSpec | undefined, instant: Date | null | undefined, level: string): DeadlinePreview => {
    if (spec?.kind === 'announcedLater' || instant === null) return { kind: 'later' };
    if (!spec || !instant) return { kind: 'unknown' };
    try {
      return explainDeadline(spec, instant, anchorsOf(level), calendar);
    } catch {
      return { kind: 'unknown' };
    }
  };

  for (const stage of plan.stages) {
    for (const phase of stage.phases) {
      const rows = Object.keys(phase.dueByLevel);
      const levelOf = (row: string) => (row === 'default' ? (levels.find((level) => !rows.includes(level)) ?? row) : row);
      rows.forEach((row, index) => {
        const level = levelOf(row);
        const times = timesFor(level)?.get(phase.key);
        previews.set(dueRowKey(phase.key, row), explain(dueSpecFor(phase, level)?.spec, times?.dueAt, level));
        if (index === 0) previews.set(openingKey(phase.key), explain(phase.opensAt, times?.opensAt, level));
      });
      if (!rows.length) previews.set(openingKey(phase.key), { kind: 'unknown' });
    }
  }
  return previews;
}

/** dd/mm/yyyy of a calendar date, without going through an instant (and a time zone). */
export const showDate = (date: LocalDate) => date.split('-').reverse().join('/');
const showDayMonth = (date: LocalDate) => date.split('-').slice(1).reverse().join('/');

const PHASE_NAME_LENGTH = 60;

/** The preview in words: "06/09/2027 (thứ Hai) — 15 ngày làm việc sau khi bắt đầu “…” (12/08/2027), bỏ qua ngày nghỉ 01/09 (…)". */
export function deadlineText(
  preview: DeadlinePreview,
  t: Translate,
  language: Language,
  phaseName: (key: string) => string | undefined,
): string {
  if (preview.kind === 'later') return t('newCampaign.preview.later');
  if (preview.kind === 'unknown') return t('newCampaign.preview.unknown');
  const on = t('newCampaign.preview.on', { date: showDate(preview.date), weekday: t(`newCampaign.weekday.${preview.weekday}` as never) });
  const holidayName = (holiday: Holiday) => (language === 'vi' ? holiday.name : holiday.nameEn);
  const anchor = (name: string) => {
    if (name === ISSUED_ANCHOR) return t('newCampaign.anchor.issued');
    const [key, which] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)];
    const full = phaseName(key) ?? key;
    const phase = full.length > PHASE_NAME_LENGTH ? `${full.slice(0, PHASE_NAME_LENGTH - 1)}…` : full;
    return t(which === 'opens' ? 'newCampaign.anchor.opens' : 'newCampaign.anchor.due', { phase });
  };
  const { basis } = preview;
  const parts: string[] = [];
  switch (basis.kind) {
    case 'fixed':
      parts.push(
        basis.movedFrom
          ? t('newCampaign.preview.moved', {
              written: showDate(basis.movedFrom),
              reason: basis.reason === 'weekend' || !basis.reason ? t('newCampaign.preview.weekend') : holidayName(basis.reason),
            })
          : t('newCampaign.preview.fixed'),
      );
      break;
    case 'workingDays':
      parts.push(
        t(basis.days < 0 ? 'newCampaign.preview.workingDaysBefore' : 'newCampaign.preview.workingDaysAfter', {
          days: Math.abs(basis.days),
          anchor: anchor(basis.anchor),
          anchorDate: showDate(basis.anchorDate),
        }),
      );
      if (basis.skipped.length) {
        const days = basis.skipped.map((h) => t('newCampaign.preview.holiday', { date: showDayMonth(h.date), name: holidayName(h) }));
        parts.push(t('newCampaign.preview.skipped', { days: days.join(', ') }));
      }
      break;
    case 'duration':
      parts.push(t('newCampaign.preview.duration', { duration: basis.duration, anchor: anchor(basis.anchor) }));
      break;
    case 'instant':
      parts.push(t('newCampaign.preview.instant'));
      break;
  }
  return `${on} — ${parts.join(', ')}`;
}

const MAX_YEARS = 15;

/** The years a plan's fixed dates fall in, and the year after the last (a count of working days may run into it). */
export function yearsOf(plan: Pick<PlanDefinition, 'year' | 'stages'> | undefined): number[] {
  if (!plan) return [];
  const years = new Set<number>([plan.year]);
  for (const stage of plan.stages ?? [])
    for (const phase of stage.phases ?? [])
      for (const spec of [phase.opensAt, ...Object.values(phase.dueByLevel ?? {})]) {
        const text = spec?.kind === 'date' ? spec.date : spec?.kind === 'instant' ? spec.at : undefined;
        const year = typeof text === 'string' ? Number(text.slice(0, 4)) : NaN;
        if (Number.isInteger(year)) years.add(year);
      }
  const sorted = [...years].filter((y) => Number.isInteger(y) && y > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  // A mistyped year (20277) must not ask for thousands of calendars.
  const last = Math.min(sorted[sorted.length - 1] + 1, sorted[0] + MAX_YEARS - 1);
  return Array.from({ length: last + 1 - sorted[0] }, (_, i) => sorted[0] + i);
}
