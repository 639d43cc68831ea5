import type { OrgImport } from '@tdkt/domain';

/** Commune codes are zero-padded so tree order (by path) equals numeric order. */
export const communeCode = (district: string, n: number) => `${district}-X${String(n).padStart(5, '0')}`;

/**
 * `count` communes directly under one district: units only. Nobody logs in to them, so they get no
 * officials (an official costs a deliberately slow password hash, which would dominate the set-up).
 */
export function wideDistrict(district: string, count: number): OrgImport {
  const units = Array.from({ length: count }, (_, i) => ({
    code: communeCode(district, i + 1),
    name: `Ủy ban nhân dân xã số ${i + 1}`,
    levelCode: 'xa',
    kind: 'ubnd',
    parentCode: district,
  }));
  return { levels: [], units, officials: [] };
}
