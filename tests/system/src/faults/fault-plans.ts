import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
import { compressPlan } from '../compressed-plan';

export const SO_KET = 'so-ket-2023';
export const LAUNCH = 'phat-dong';
export const DISTRICT = 'TQ-YS';
/** Stays late on its sơ kết report throughout, so its overdue clock keeps ticking. */
export const LATE_COMMUNE = 'TQ-YS-THANGQUAN';
/** Reports its sơ kết while the worker is being killed. */
export const BUSY_COMMUNE = 'TQ-YS-LANGQUAN';
export const OVERDUE_EVERY_SECONDS = 6;

const seed003 = template as unknown as PlanDefinition;
const FAR = 3000;

/**
 * Seed 003 for three units of one district. Only the commune sơ kết (and the launch, which must not
 * fall due after it) is due within the test: every other obligation keeps a timer pending far ahead,
 * so the one overdue clock the tests watch is not drowned in other mail.
 */
export function fewUnitsPlan(): PlanDefinition {
  const plan = compressPlan(
    seed003,
    'giai-doan-1',
    {
      [LAUNCH]: { opens: 0, due: { default: 15 } },
      'trien-khai': { opens: 0, due: { default: FAR } },
      [SO_KET]: { opens: 0, due: { xa: 15, huyen: FAR - 1000, tinh: FAR - 900 } },
      'tong-ket-2025': { opens: 0, due: { xa: FAR + 100, huyen: FAR + 200, tinh: FAR + 300 } },
      'khen-thuong-2025': { opens: 0, due: { xa: FAR + 400, huyen: FAR + 500, tinh: FAR + 600 } },
    },
    { before: ['0s'], overdueEvery: `${OVERDUE_EVERY_SECONDS}s`, escalateAfter: '1h' },
  );
  return { ...plan, participants: { unitCodes: [DISTRICT, LATE_COMMUNE, BUSY_COMMUNE] } };
}

export const PROGRESS_PERIODS = 8;

/**
 * One district with a progress report every 3 s for 24 s, each period opening and falling due on its
 * own timer: a participation history that grows quickly, to cross a low continue-as-new threshold.
 */
export function busyDistrictPlan(): PlanDefinition {
  const implementationEnd = PROGRESS_PERIODS * 3;
  const plan = compressPlan(
    seed003,
    'giai-doan-1',
    {
      [LAUNCH]: { opens: 0, due: { default: implementationEnd } },
      'trien-khai': { opens: 0, due: { default: implementationEnd } },
      [SO_KET]: { opens: 0, due: { default: 600 } },
      'tong-ket-2025': { opens: 0, due: { default: 700 } },
      'khen-thuong-2025': { opens: 0, due: { default: 800 } },
    },
    { before: ['0s'], overdueEvery: '10s', escalateAfter: '1h' },
  );
  const [stage] = plan.stages;
  const phases = stage.phases.map((phase) => (phase.kind === 'implementation' ? { ...phase, progressEvery: { seconds: 3 } } : phase));
  return { ...plan, stages: [{ ...stage, phases }], participants: { unitCodes: [DISTRICT] } };
}
