/** One reading of a series over time: minutes since the soak began, and the value. */
export interface Reading {
  minute: number;
  value: number;
}

/** First, last, max, and the least-squares slope per hour: a leak shows as a slope that does not flatten. */
export function trendOf(readings: readonly Reading[]): { first: number; last: number; max: number; perHour: number } {
  const points = readings.filter((r) => Number.isFinite(r.value));
  const n = points.length;
  const meanX = points.reduce((s, r) => s + r.minute, 0) / n;
  const meanY = points.reduce((s, r) => s + r.value, 0) / n;
  const covariance = points.reduce((s, r) => s + (r.minute - meanX) * (r.value - meanY), 0);
  const variance = points.reduce((s, r) => s + (r.minute - meanX) ** 2, 0);
  return {
    first: points[0]?.value ?? NaN,
    last: points[n - 1]?.value ?? NaN,
    max: Math.max(...points.map((r) => r.value)),
    perHour: variance ? (covariance / variance) * 60 : NaN,
  };
}
