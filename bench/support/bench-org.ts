import type { OrgImport } from '@tdkt/domain';

/** The district every benchmark fans out under, and the demo units that must stay out of the measured set. */
export const BENCH_DISTRICT = 'TQ-YS';
export const UNITS_LEFT_OUT = ['TQ-SD', 'TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH', 'TQ-YS-THANGQUAN', 'TQ-YS-LANGQUAN'];
export const BENCH_PASSWORD = 'ThiDua@2026!';

/** Zero-padded, so tree order (by path) is numeric order. */
export const benchCommuneCode = (n: number) => `${BENCH_DISTRICT}-B${String(n).padStart(5, '0')}`;
export const benchLeaderOf = (n: number) => `lanhdao.bench-${String(n).padStart(5, '0')}`;

/**
 * `count` communes directly under the bench district. Officials only when asked for: each costs a
 * deliberately slow password hash, which would dominate the set-up of a 5,000-unit run.
 */
export function benchCommunes(count: number, withLeaders = false): OrgImport {
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  return {
    levels: [],
    units: numbers.map((n) => ({
      code: benchCommuneCode(n),
      name: `Ủy ban nhân dân xã thử tải ${n}`,
      levelCode: 'xa',
      kind: 'ubnd',
      parentCode: BENCH_DISTRICT,
    })),
    officials: withLeaders
      ? numbers.map((n) => ({
          username: benchLeaderOf(n),
          fullName: `Chủ tịch xã thử tải ${n}`,
          email: `${benchLeaderOf(n)}@bench.invalid`,
          unitCode: benchCommuneCode(n),
          roles: ['leader' as const],
          password: BENCH_PASSWORD,
        }))
      : [],
  };
}
