/**
 * A periodic report's obligation key is its phase's key and its period: "bao-cao~2". "~" is a character a URL carries
 * as it is, so the key goes into a path (…/obligations/bao-cao~2/submission) without escaping. Campaigns issued
 * before used "#" ("bao-cao#2"), which a plain URL cuts off; their keys are still read.
 */
export const PERIOD_SEPARATOR = '~';

const PERIOD_SUFFIX = /[~#](\d+)$/;

export function periodKey(phaseKey: string, period: number): string {
  return `${phaseKey}${PERIOD_SEPARATOR}${period}`;
}

/** "bao-cao~2" (or "bao-cao#2") → the phase's key and period 2; a phase's single obligation has no period. */
export function splitPeriodKey(obligationKey: string): { phaseKey: string; period: number | null } {
  const match = PERIOD_SUFFIX.exec(obligationKey);
  return match ? { phaseKey: obligationKey.slice(0, match.index), period: Number(match[1]) } : { phaseKey: obligationKey, period: null };
}
