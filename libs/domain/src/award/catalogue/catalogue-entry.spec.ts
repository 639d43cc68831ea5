import type { AwardCatalogue } from '../award-catalogue.types';
import { catalogueEntry, entriesInForce } from './catalogue-entry';
import { LUAT_2022_CATALOGUE } from './luat-2022.catalogue';

const giayKhen = LUAT_2022_CATALOGUE.entries.find((e) => e.key === 'giay-khen')!;

describe('catalogueEntry', () => {
  it('finds an entry from its first day', () => {
    expect(catalogueEntry(LUAT_2022_CATALOGUE, 'giay-khen', '2024-01-01')).toBe(giayKhen);
    expect(catalogueEntry(LUAT_2022_CATALOGUE, 'giay-khen', '2023-12-31')).toBeUndefined();
    expect(catalogueEntry(LUAT_2022_CATALOGUE, 'khong-co', '2025-01-01')).toBeUndefined();
  });

  it('answers with the version in force that day; validUntil is the first day it no longer applies', () => {
    const catalogue: AwardCatalogue = {
      ...LUAT_2022_CATALOGUE,
      entries: [
        { ...giayKhen, validUntil: '2025-07-01' },
        { ...giayKhen, validFrom: '2025-07-01', processingWorkingDays: 7 },
      ],
    };
    expect(catalogueEntry(catalogue, 'giay-khen', '2025-06-30')?.processingWorkingDays).toBe(10);
    expect(catalogueEntry(catalogue, 'giay-khen', '2025-07-01')?.processingWorkingDays).toBe(7);
  });

  it('lists what is in force on a date, and withdrawn entries no longer', () => {
    const catalogue: AwardCatalogue = { ...LUAT_2022_CATALOGUE, entries: [{ ...giayKhen, validUntil: '2025-07-01' }] };
    expect(entriesInForce(catalogue, '2025-06-30')).toHaveLength(1);
    expect(entriesInForce(catalogue, '2025-07-01')).toEqual([]);
    expect(entriesInForce(LUAT_2022_CATALOGUE, '2026-01-01')).toHaveLength(14);
  });

  it('refuses something that is not a date', () => {
    expect(() => catalogueEntry(LUAT_2022_CATALOGUE, 'giay-khen', '2025-02-30')).toThrow(RangeError);
  });
});
