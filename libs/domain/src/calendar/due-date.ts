/**
 * Due dates as a campaign plan states them: a fixed date, or "N working days after milestone X".
 */
import { LocalDate, LocalTime, atLocalTime, isLocalTime, parseLocalDate } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

/**
 * A due date without a time of day is due at 17:00 Vietnam time: the end of office hours, when the
 * receiving office stops accepting submissions — not midnight, which nobody is at a desk to see.
 */
export const DEFAULT_DUE_TIME: LocalTime = '17:00';

export type DueDateSpec =
  /** A fixed calendar date, kept as written even if it is not a working day: the plan's author chose it. */
  | { kind: 'date'; date: string; time?: LocalTime }
  /** See WorkingDayCalendar.addWorkingDays: the anchor day never counts; negative days count backwards. */
  | { kind: 'workingDaysAfter'; anchor: string; days: number; time?: LocalTime };

export interface ResolvedDueDate {
  date: LocalDate;
  /** The moment it falls due: `date` at the spec's time (default 17:00) in Vietnam. */
  instant: Date;
}

/** `anchors` maps milestone names to the dates they were (or are planned to be) reached. */
export function resolveDueDate(
  spec: DueDateSpec,
  anchors: Readonly<Record<string, LocalDate>>,
  calendar: WorkingDayCalendar,
): ResolvedDueDate {
  const time = spec.time ?? DEFAULT_DUE_TIME;
  if (!isLocalTime(time)) throw new Error(`Due date has an invalid time "${time}" (expected HH:mm)`);

  const date = dueDay(spec, anchors, calendar);
  return { date, instant: atLocalTime(date, time) };
}

function dueDay(
  spec: DueDateSpec,
  anchors: Readonly<Record<string, LocalDate>>,
  calendar: WorkingDayCalendar,
): LocalDate {
  switch (spec.kind) {
    case 'date':
      return parseLocalDate(spec.date);
    case 'workingDaysAfter': {
      // Own keys only: a milestone called "constructor" must not resolve to Object.prototype's.
      if (!Object.hasOwn(anchors, spec.anchor)) {
        const known = Object.keys(anchors).sort();
        throw new Error(
          `Due date refers to unknown milestone "${spec.anchor}" ` +
            `(known: ${known.length ? known.map((k) => `"${k}"`).join(', ') : 'none'})`,
        );
      }
      if (!Number.isInteger(spec.days)) {
        throw new Error(`Due date "${spec.days} working days after ${spec.anchor}" needs a whole number of days`);
      }
      return calendar.addWorkingDays(parseLocalDate(anchors[spec.anchor]), spec.days);
    }
    default:
      return assertNever(spec);
  }
}

function assertNever(spec: never): never {
  throw new Error(`Unknown due date kind: ${JSON.stringify(spec)}`);
}
