/**
 * A province or ministry applies the catalogue with its own rules where the law leaves them to it: other
 * limits, thresholds or posting periods for some entries, forms of its own, forms it no longer awards.
 * Its decision takes effect on a date, and dossiers opened before it keep the rule they started under:
 * an entry it changes is split (the shipped version ends the day the change begins), an entry it
 * withdraws ends that day, so catalogueEntry answers for any date with the rule then in force.
 */
import { isLocalDate } from '../../calendar/local-date';
import type { AwardCatalogue, AwardCatalogueEntry, AwardCatalogueOverride } from '../award-catalogue.types';
import { checkCatalogue, type CatalogueProblem } from './check-catalogue';

export type CatalogueOverrideResult = { ok: true; value: AwardCatalogue } | { ok: false; errors: CatalogueProblem[] };

type EntryChange = NonNullable<AwardCatalogueOverride['entries']>[number];

/** What a form of the province's own must say, since no shipped entry says it for it. */
const REQUIRED_FOR_NEW: { field: keyof AwardCatalogueEntry; label: string }[] = [
  { field: 'name', label: 'tên (name)' },
  { field: 'category', label: 'loại (category)' },
  { field: 'nomineeKinds', label: 'đối tượng được xét tặng (nomineeKinds)' },
  { field: 'decidedBy', label: 'người có thẩm quyền quyết định (decidedBy)' },
  { field: 'appraisedBy', label: 'cơ quan thẩm định (appraisedBy)' },
  { field: 'processingWorkingDays', label: 'thời hạn giải quyết (processingWorkingDays)' },
];

export function applyCatalogueOverride(catalogue: AwardCatalogue, override: AwardCatalogueOverride): CatalogueOverrideResult {
  const errors: CatalogueProblem[] = [];
  if (!isLocalDate(override.validFrom)) {
    return {
      ok: false,
      errors: [{ field: 'validFrom', message: `Ngày áp dụng (validFrom) ghi theo dạng YYYY-MM-DD, không phải "${override.validFrom}".` }],
    };
  }
  if (!override.issuer?.trim()) errors.push({ field: 'issuer', message: 'Chưa ghi cơ quan ban hành quy định riêng (issuer).' });
  const reference = override.reference?.trim() ? [override.reference.trim()] : [];
  const withdrawn = new Set(override.withdrawn ?? []);
  const known = new Set(catalogue.entries.map((entry) => entry.key));
  let entries = [...catalogue.entries];

  const seen = new Set<string>();
  for (const change of override.entries ?? []) {
    const problem = (field: string, message: string) => errors.push({ entryKey: change.key, field, message });
    if (seen.has(change.key)) {
      problem('key', `Hình thức "${change.key}" được ghi hai lần trong quy định riêng; gộp lại thành một.`);
      continue;
    }
    seen.add(change.key);
    if (withdrawn.has(change.key)) {
      problem('key', `Hình thức "${change.key}" vừa được sửa vừa bị bãi bỏ; chỉ giữ một trong hai.`);
      continue;
    }
    const from = change.validFrom ?? override.validFrom;
    if (!known.has(change.key)) {
      const missing = REQUIRED_FOR_NEW.filter(({ field }) => change[field] === undefined).map(({ label }) => label);
      if (!change.legalBasis?.length && reference.length === 0) missing.push('căn cứ pháp lý (legalBasis)');
      if (missing.length) {
        problem('key', `Danh mục không có hình thức "${change.key}"; để thêm hình thức riêng, ghi đủ: ${missing.join(', ')}.`);
        continue;
      }
      entries.push({ ...change, validFrom: from, legalBasis: unique([...(change.legalBasis ?? []), ...reference]) } as AwardCatalogueEntry);
      continue;
    }
    const current = entries.filter((entry) => entry.key === change.key && stillInForce(entry, from));
    if (current.length === 0) {
      problem('key', `Hình thức "${change.key}" đã hết hiệu lực trước ngày ${from}; không sửa được.`);
      continue;
    }
    entries = entries.flatMap((entry) => (current.includes(entry) ? changed(entry, change, from, reference) : [entry]));
  }

  for (const key of withdrawn) {
    const current = entries.filter((entry) => entry.key === key && stillInForce(entry, override.validFrom));
    if (current.length === 0) {
      errors.push({ entryKey: key, field: 'withdrawn', message: `Không có hình thức "${key}" đang có hiệu lực để bãi bỏ.` });
      continue;
    }
    entries = entries.flatMap((entry) =>
      !current.includes(entry) ? [entry] : entry.validFrom < override.validFrom ? [{ ...entry, validUntil: override.validFrom }] : [],
    );
  }

  const value: AwardCatalogue = {
    ...catalogue,
    version: `${catalogue.version}+${override.issuer}@${override.validFrom}`,
    stepLimits: { ...catalogue.stepLimits, ...override.stepLimits },
    entries,
  };
  errors.push(...checkCatalogue(value));
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** In force on `from` or later. */
function stillInForce(entry: AwardCatalogueEntry, from: string): boolean {
  return entry.validUntil === undefined || entry.validUntil > from;
}

/** The entry as changed from `from`: the earlier version ends that day when it began before. */
function changed(entry: AwardCatalogueEntry, change: EntryChange, from: string, reference: string[]): AwardCatalogueEntry[] {
  const stepLimits = entry.stepLimits || change.stepLimits ? { ...entry.stepLimits, ...change.stepLimits } : undefined;
  const next: AwardCatalogueEntry = {
    ...entry,
    ...change,
    key: entry.key,
    // The law's citations stay: the province's decision is added to them, not put in their place.
    legalBasis: unique([...entry.legalBasis, ...(change.legalBasis ?? []), ...reference]),
    ...(stepLimits ? { stepLimits } : {}),
  };
  if (entry.validFrom >= from) return [{ ...next, validFrom: entry.validFrom }];
  return [
    { ...entry, validUntil: from },
    { ...next, validFrom: from },
  ];
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
