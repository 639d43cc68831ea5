import { toLocalDate } from '../calendar/local-date';

/**
 * How notices name a request, which has no document number of its own: by the day it was sent,
 * in Vietnam ("yêu cầu ngày 29/11/2026").
 */
export function requestReference(issuedAt: Date): string {
  const [year, month, day] = toLocalDate(issuedAt).split('-');
  return `yêu cầu ngày ${day}/${month}/${year}`;
}
