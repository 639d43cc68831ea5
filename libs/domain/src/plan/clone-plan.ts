/**
 * Campaigns recur: next year's plan is this year's with the dates moved on (seed 002 is seed 000
 * re-issued). Only what is certain is changed; what depends on the new year's circumstances (legal
 * bases, signer, targets) is left for the drafter to edit.
 */
import type { DueDateSpec } from '../calendar/due-date';
import { isLocalDate, localDate, localDateParts, type LocalDate } from '../calendar/local-date';
import type { PlanDefinition } from './plan.types';

export function clonePlanForYear(plan: PlanDefinition, targetYear: number): PlanDefinition {
  if (!Number.isInteger(targetYear)) throw new RangeError(`clonePlanForYear needs a whole year, got ${targetYear}`);
  const years = targetYear - plan.year;
  // A JSON round trip is a deep copy that also works in the workflow sandbox, and plans are JSON.
  const copy = JSON.parse(JSON.stringify(plan)) as PlanDefinition;
  const shift = (spec: DueDateSpec) => shiftSpec(spec, years);

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

function shiftSpec(spec: DueDateSpec, years: number): DueDateSpec {
  switch (spec.kind) {
    case 'date':
      return { ...spec, date: shiftDateText(spec.date, years) };
    case 'instant':
      // The wall-clock date and time are kept in the instant's own offset: "17:00+07:00" stays 17:00.
      return { ...spec, at: shiftDateText(spec.at.slice(0, 10), years) + spec.at.slice(10) };
    default:
      return spec; // relative specs move with their milestones
  }
}

function shiftDateText(text: string, years: number): string {
  if (!isLocalDate(text)) throw new Error(`Cannot move the malformed date "${text}" to another year`);
  return shiftDateByYears(text, years);
}

/** "… năm 2023" → "… năm 2024"; "đến năm 2025" is left alone unless 2025 is the plan's own year. */
function replaceYearInTitle(title: string, from: number, to: number): string {
  return title.replace(new RegExp(`(năm\\s+)${from}(?!\\d)`, 'giu'), `$1${to}`);
}
