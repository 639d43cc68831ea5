import type { AwardCatalogue } from '../award-catalogue.types';
import { catalogueInForce } from './catalogue-in-force';
import { LUAT_2022_CATALOGUE } from './luat-2022.catalogue';
import { SHIPPED_AWARD_CATALOGUES } from './shipped-catalogues';

const version = (v: string, validFrom: string): AwardCatalogue => ({ ...LUAT_2022_CATALOGUE, version: v, validFrom });

describe('catalogueInForce', () => {
  const catalogues = [version('2022', '2024-01-01'), version('2025', '2025-07-01'), version('2026', '2026-10-01')];

  it('takes the catalogue that took effect last on or before the date', () => {
    expect(catalogueInForce(catalogues, '2024-01-01')?.version).toBe('2022');
    expect(catalogueInForce(catalogues, '2025-06-30')?.version).toBe('2022');
    expect(catalogueInForce(catalogues, '2025-07-01')?.version).toBe('2025');
    expect(catalogueInForce(catalogues, '2027-03-15')?.version).toBe('2026');
  });

  it('does not depend on the order the catalogues are listed in', () => {
    expect(catalogueInForce([...catalogues].reverse(), '2025-12-31')?.version).toBe('2025');
  });

  it('has none before the first took effect', () => {
    expect(catalogueInForce(catalogues, '2023-12-31')).toBeUndefined();
    expect(catalogueInForce([], '2026-01-01')).toBeUndefined();
  });

  it('lets a correction taking effect the same day replace the first', () => {
    expect(catalogueInForce([version('a', '2025-07-01'), version('b', '2025-07-01')], '2025-08-01')?.version).toBe('b');
  });

  it('ships the 2022 law, in force from 01/01/2024', () => {
    expect(catalogueInForce(SHIPPED_AWARD_CATALOGUES, '2026-05-01')).toBe(LUAT_2022_CATALOGUE);
  });

  it('refuses something that is not a date', () => {
    expect(() => catalogueInForce(catalogues, '01/01/2025')).toThrow(RangeError);
  });
});
