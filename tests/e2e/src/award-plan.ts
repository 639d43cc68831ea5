import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { hourlyPlan } from '@tdkt/system-tests';

/**
 * Seed 003's plan on the hourly schedule, with its "Giấy khen" form naming the award catalogue's entry, so that units
 * may put lists forward for it. Dated this year: a catalogue key is checked against the catalogue in force on the
 * plan's issue date, and the shipped catalogue starts in 2024, after seed 003's year. An award step's clock runs an
 * hour, so no reminder or lapse fires while a suite acts on a dossier.
 */
export function awardPlan(): PlanDefinition {
  const plan = hourlyPlan(template as unknown as PlanDefinition);
  return {
    ...plan,
    year: new Date().getFullYear(),
    awardForms: plan.awardForms.map((form) => (form.key === 'giay-khen-thu-truong' ? { ...form, catalogueKey: 'giay-khen' } : form)),
    taskLimits: { ...plan.taskLimits, award_step: { kind: 'durationAfter', anchor: 'opened', duration: '1h' } },
  };
}

/** Today on Vietnam's calendar (YYYY-MM-DD), as the API dates a list and a date input takes it. */
export const vietnamToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
