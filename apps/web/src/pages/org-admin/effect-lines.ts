import type { OrgChangeEffects } from '../../api/org-admin-queries';
import type { Translate } from '../../i18n/i18n-context';

/** A unit's name: as the set leaves it when the set changes it, else as the tree knows it, else its code. */
export type NameOf = (code: string | null | undefined) => string;

export interface EffectGroup {
  key: 'created' | 'renamed' | 'moved' | 'dissolved' | 'reparented' | 'officials';
  lines: string[];
}

/** What a set does, in sentences an official reads: units created, renamed, moved, dissolved, officials moved. */
export function effectLines(effects: OrgChangeEffects, t: Translate, known: NameOf): EffectGroup[] {
  const after = new Map(effects.after.map((unit) => [unit.code, unit.name]));
  const renamedFrom = new Map(effects.renamed.map((r) => [r.unitCode, r.fromName]));
  // Before the set: the name the tree knew (a renamed unit by its old name).
  const before: NameOf = (code) => (code ? (renamedFrom.get(code) ?? known(code)) : '');
  const now: NameOf = (code) => (code ? (after.get(code) ?? known(code)) : '');
  const officials = new Map<string, { from: string; to: string; count: number }>();
  for (const move of effects.officialsMoved) {
    const key = `${move.fromUnit}→${move.toUnit}`;
    const entry = officials.get(key) ?? { from: move.fromUnit, to: move.toUnit, count: 0 };
    entry.count++;
    officials.set(key, entry);
  }
  const groups: EffectGroup[] = [
    {
      key: 'created',
      lines: effects.created.map((unit) =>
        t(unit.parentCode ? 'orgAdmin.effect.created' : 'orgAdmin.effect.createdRoot', {
          name: unit.name,
          code: unit.code,
          parent: now(unit.parentCode),
        }),
      ),
    },
    {
      key: 'renamed',
      lines: effects.renamed.flatMap((r) => [
        ...(r.fromName !== r.toName ? [t('orgAdmin.effect.renamed', { from: r.fromName, to: r.toName })] : []),
        ...(r.fromStatisticsCode !== r.toStatisticsCode
          ? [t('orgAdmin.effect.statisticsCode', { name: r.toName, from: r.fromStatisticsCode ?? '—', to: r.toStatisticsCode ?? '—' })]
          : []),
      ]),
    },
    {
      key: 'moved',
      lines: effects.moved.map((m) =>
        t('orgAdmin.effect.moved', { name: now(m.unitCode), from: before(m.fromParentCode) || '—', to: now(m.toParentCode) }),
      ),
    },
    {
      key: 'dissolved',
      lines: effects.dissolved.map((d) =>
        d.successorCode
          ? t('orgAdmin.effect.dissolvedInto', { name: before(d.unitCode), successor: now(d.successorCode) })
          : t('orgAdmin.effect.dissolved', { name: before(d.unitCode) }),
      ),
    },
    {
      key: 'reparented',
      lines: effects.reparented.map((r) =>
        t('orgAdmin.effect.reparented', { name: now(r.unitCode), from: before(r.fromParentCode), to: now(r.toParentCode) }),
      ),
    },
    {
      key: 'officials',
      lines: [...officials.values()].map((o) =>
        t('orgAdmin.effect.officialsMoved', { count: o.count, from: before(o.from), to: now(o.to) }),
      ),
    },
  ];
  return groups.filter((group) => group.lines.length > 0);
}
