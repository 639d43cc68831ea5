/**
 * Due dates as a campaign plan states them: a fixed date, "N working days after milestone X", or —
 * for compressed test runs driven by data — an exact instant or a real-time duration after X.
 */
import { parseDuration } from '../plan/duration';
import { LocalDate, LocalTime, atLocalTime, isLocalDate, isLocalTime, parseLocalDate, toLocalDate } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

/**
 * A due date without a time of day is due at 17:00 Vietnam time: the end of office hours, when the
 * receiving office stops accepting submissions — not midnight, which nobody is at a desk to see.
 */
export const DEFAULT_DUE_TIME: LocalTime = '17:00';

export type DueDateSpec =
  /**
   * A fixed calendar date. One that falls on a day off is due on the next working day, as an office
   * closed that day cannot receive anything; `keepDayOff: true` keeps the date as written, for a plan
   * whose author insists on that very day (a ceremony on a holiday, an anniversary).
   */
  | { kind: 'date'; date: string; time?: LocalTime; keepDayOff?: true }
  /** See WorkingDayCalendar.addWorkingDays: the anchor day never counts; negative days count backwards. */
  | { kind: 'workingDaysAfter'; anchor: string; days: number; time?: LocalTime }
  /** An exact moment, ISO-8601 with an explicit offset ("2026-03-20T10:00:00+07:00" or "…Z"). */
  | { kind: 'instant'; at: string }
  /** Real elapsed time after a milestone instant ("30s", "5m", "2h", "3d"): no working-day rules. */
  | { kind: 'durationAfter'; anchor: string; duration: string }
  /**
   * "Thời hạn sẽ thông báo sau": a phase issued before its deadline is known. Only a due date may be
   * announced later; it has no instant until an amendment of the plan sets one (see resolveLevelTimes).
   */
  | { kind: 'announcedLater' };

export interface ResolvedDueDate {
  /** The Vietnam calendar date of `instant`. */
  date: LocalDate;
  /** The moment it falls due: `date` at the spec's time (default 17:00) in Vietnam, or the exact instant. */
  instant: Date;
}

/**
 * A milestone is a calendar date or an instant. Working-day specs use the milestone's Vietnam date;
 * duration specs need an instant, since "2h after 13 February" has no answer.
 */
export type DueDateAnchor = LocalDate | Date;

// An explicit offset is required: without one, Date.parse reads the text in the machine's zone.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** `anchors` maps milestone names to the dates or instants they were (or are planned to be) reached. */
export function resolveDueDate(
  spec: DueDateSpec,
  anchors: Readonly<Record<string, DueDateAnchor>>,
  calendar: WorkingDayCalendar,
): ResolvedDueDate {
  switch (spec.kind) {
    case 'date': {
      const written = parseLocalDate(spec.date);
      // A date before the Labour Code 2019 calendar (seed 000 is a 2020 plan) has no rules to move it by.
      const moves = !spec.keepDayOff && calendar.covers(written);
      return atTime(moves ? calendar.addWorkingDays(written, 0) : written, spec.time);
    }
    case 'workingDaysAfter': {
      const anchor = lookUpAnchor(spec.anchor, anchors);
      if (!Number.isInteger(spec.days)) {
        throw new Error(`Due date "${spec.days} working days after ${spec.anchor}" needs a whole number of days`);
      }
      const from = typeof anchor === 'string' ? parseLocalDate(anchor) : toLocalDate(anchor);
      return atTime(calendar.addWorkingDays(from, spec.days), spec.time);
    }
    case 'instant':
      return atInstant(parseInstant(spec.at));
    case 'durationAfter': {
      const anchor = lookUpAnchor(spec.anchor, anchors);
      if (!(anchor instanceof Date)) {
        throw new Error(
          `Due date "${spec.duration} after ${spec.anchor}" needs an instant for milestone "${spec.anchor}", ` + `not the date ${anchor}`,
        );
      }
      return atInstant(new Date(anchor.getTime() + parseDuration(spec.duration)));
    }
    case 'announcedLater':
      throw new Error('Due date is to be announced later: it has no date yet');
    default:
      return assertNever(spec);
  }
}

/** Reads an ISO-8601 instant with an explicit offset; throws naming the text otherwise. */
export function parseInstant(text: string): Date {
  const match = typeof text === 'string' ? ISO_INSTANT.exec(text) : null;
  // The date part is checked on its own: engines quietly roll 30 February over into March.
  const instant = match && isLocalDate(match[1]) ? new Date(text) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new Error(`Not an instant: ${JSON.stringify(text)} (expected ISO-8601 with an offset, e.g. "2026-03-20T10:00:00+07:00")`);
  }
  return instant;
}

function atTime(date: LocalDate, time: LocalTime = DEFAULT_DUE_TIME): ResolvedDueDate {
  if (!isLocalTime(time)) throw new Error(`Due date has an invalid time "${time}" (expected HH:mm)`);
  return { date, instant: atLocalTime(date, time) };
}

function atInstant(instant: Date): ResolvedDueDate {
  if (Number.isNaN(instant.getTime())) throw new Error('Due date falls on an invalid instant');
  return { date: toLocalDate(instant), instant };
}

function lookUpAnchor(name: string, anchors: Readonly<Record<string, DueDateAnchor>>): DueDateAnchor {
  // Own keys only: a milestone called "constructor" must not resolve to Object.prototype's.
  if (!Object.hasOwn(anchors, name)) {
    const known = Object.keys(anchors).sort();
    throw new Error(
      `Due date refers to unknown milestone "${name}" ` + `(known: ${known.length ? known.map((k) => `"${k}"`).join(', ') : 'none'})`,
    );
  }
  return anchors[name];
}

function assertNever(spec: never): never {
  throw new Error(`Unknown due date kind: ${JSON.stringify(spec)}`);
}
