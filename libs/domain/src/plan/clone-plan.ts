/**
 * Campaigns recur: next year's plan is this year's with the dates moved on (seed 002 is seed 000
 * re-issued). Only what is certain is changed; what depends on the new year's circumstances (legal
 * bases, signer, targets) is left for the drafter to edit.
 *
 * A date moved by a year lands on another weekday, possibly a weekend or a holiday of the new year;
 * it moves on to the next working day there, so the drafter reads the date that will really apply.
 * Dates before 2021, which the working-day calendar has no rules for, are moved by the year alone.
 */
import { parseInstant, type DueDateSpec } from '../calendar/due-date';
import {
  addDays,
  daysBetween,
  isLocalDate,
  localDate,
  localDateParts,
  parseLocalDate,
  toLocalDate,
  type LocalDate,
} from '../calendar/local-date';
import { WorkingDayCalendar, type YearOverrides } from '../calendar/working-day-calendar';
import type { PlanDefinition } from './plan.types';

/** `national`: the national calendar in force (shipped and entered years); the shipped one by default. */
export function clonePlanForYear(plan: PlanDefinition, targetYear: number, national?: YearOverrides): PlanDefinition {
  if (!Number.isInteger(targetYear)) throw new RangeError(`clonePlanForYear needs a whole year, got ${targetYear}`);
  const years = targetYear - plan.year;
  // A JSON round trip is a deep copy that also works in the workflow sandbox, and plans are JSON.
  const copy = JSON.parse(JSON.stringify(plan)) as PlanDefinition;
  // The national calendar with the plan's own adjustments, which the clone keeps.
  const calendar = new WorkingDayCalendar({ overrides: copy.calendarOverrides, national });
  const shift = (spec: DueDateSpec) => shiftSpec(spec, years, calendar);

  return {
    ...copy,
    year: targetYear,
    title: replaceYearInTitle(copy.title, plan.year, targetYear),
    stages: copy.stages.map((stage) => ({
      ...stage,
      phases: stage.phases.map((phase) => ({
        ...phase,
        opensAt: shift(phase.opensAt),
        dueByLevel: Object.fromEntries(Object.entries(phase.dueByLevel).map(([level, spec]) => [level, shift(spec)])),
      })),
    })),
  };
}

/** Moves a calendar date by whole years; 29 February becomes 28 February in a common year. */
export function shiftDateByYears(date: LocalDate, years: number): LocalDate {
  const { year, month, day } = localDateParts(date);
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return localDate(target, month, month === 2 && day === 29 && !leap ? 28 : day);
}

function shiftSpec(spec: DueDateSpec, years: number, calendar: WorkingDayCalendar): DueDateSpec {
  switch (spec.kind) {
    case 'date': {
      const shifted = shiftDateText(spec.date, years);
      // An author who kept a day off kept it for the day itself (an anniversary), which a whole-year move keeps.
      return { ...spec, date: spec.keepDayOff || !calendar.covers(shifted) ? shifted : calendar.addWorkingDays(shifted, 0) };
    }
    case 'instant': {
      // The wall-clock date and time are kept in the instant's own offset: "17:00+07:00" stays 17:00.
      const shifted = shiftDateText(spec.at.slice(0, 10), years) + spec.at.slice(10);
      return { ...spec, at: onWorkingDay(shifted, calendar) };
    }
    default:
      return spec; // relative specs move with their milestones
  }
}

/** The instant moved by whole days to the next working day in Vietnam, same clock time and offset. */
function onWorkingDay(instant: string, calendar: WorkingDayCalendar): string {
  // The working day is judged on the Vietnam date, which differs from the text's date for "…T20:00Z".
  const vietnamDate = toLocalDate(parseInstant(instant));
  if (!calendar.covers(vietnamDate)) return instant; // before 2021 there are no rules to judge it by
  const days = daysBetween(vietnamDate, calendar.addWorkingDays(vietnamDate, 0));
  return days === 0 ? instant : addDays(parseLocalDate(instant.slice(0, 10)), days) + instant.slice(10);
}

function shiftDateText(text: string, years: number): LocalDate {
  if (!isLocalDate(text)) throw new Error(`Cannot move the malformed date "${text}" to another year`);
  return shiftDateByYears(text, years);
}

/** "… năm 2023" → "… năm 2024"; "đến năm 2025" is left alone unless 2025 is the plan's own year. */
function replaceYearInTitle(title: string, from: number, to: number): string {
  return title.replace(new RegExp(`(năm\\s+)${from}(?!\\d)`, 'giu'), `$1${to}`);
}
