import { OrgSnapshot, OrgUnitState } from './org-change.types';
import { planOrgChanges, validateOrgChangeSet } from './validate-org-change-set';

const TODAY = '2026-11-30';

function unit(code: string, parentCode: string | null, extra: Partial<OrgUnitState> = {}): OrgUnitState {
  return {
    code,
    name: `Đơn vị ${code}`,
    parentCode,
    path: '',
    levelCode: 'commune',
    kind: 'commune',
    statisticsCode: null,
    active: true,
    ...extra,
  };
}

/** TQ → YS (district) → X1, X2, X3 (communes); TQ → SO (department); paths filled from the parents. */
function snapshot(): OrgSnapshot {
  const units = [
    unit('TQ', null, { levelCode: 'province', kind: 'people_committee', statisticsCode: '08' }),
    unit('YS', 'TQ', { levelCode: 'district', kind: 'people_committee', statisticsCode: '076' }),
    unit('SO', 'TQ', { levelCode: 'department', kind: 'department' }),
    unit('X1', 'YS', { statisticsCode: '02215' }),
    unit('X2', 'YS'),
    unit('X3', 'YS'),
    unit('OLD', 'YS', { active: false }),
  ];
  const byCode = new Map(units.map((u) => [u.code, u]));
  const pathOf = (u: OrgUnitState): string => (u.parentCode ? pathOf(byCode.get(u.parentCode)!) : '/') + `${u.code}/`;
  for (const u of units) u.path = pathOf(u);
  return {
    units,
    levelCodes: ['province', 'district', 'department', 'commune'],
    officials: [
      { id: 'o-x1-leader', unitCode: 'X1' },
      { id: 'o-x2-leader', unitCode: 'X2' },
      { id: 'o-ys', unitCode: 'YS' },
    ],
  };
}

function set(...changes: unknown[]) {
  return { effectiveOn: '2025-07-01', reason: 'Nghị quyết 1683/NQ-UBTVQH15', changes };
}

/** The Vietnamese words and where; the English (`en`) is checked on its own below. */
function errorsOf(raw: unknown): { path: string; message: string }[] {
  const result = validateOrgChangeSet(raw, snapshot(), TODAY);
  return result.ok ? [] : result.errors.map(({ path, message }) => ({ path, message }));
}

function effectsOf(raw: unknown) {
  const result = validateOrgChangeSet(raw, snapshot(), TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return planOrgChanges(result.value, snapshot());
}

describe('validateOrgChangeSet: the shape', () => {
  it('refuses an unknown field at its path with the name it probably meant', () => {
    const errors = errorsOf(set({ kind: 'rename', unitCode: 'X1', nmae: 'Xã Mới' }));
    expect(errors).toContainEqual({ path: 'changes[0].nmae', message: expect.stringContaining('"name"') });
  });

  it('refuses an unknown field on the set and inside a merge target', () => {
    const errors = errorsOf({ ...set({ kind: 'merge', unitCodes: ['X1', 'X2'], into: { code: 'X1', colour: 'red' } }), extra: 1 });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['extra', 'changes[0].into.colour']));
  });

  it('says each problem in English too', () => {
    const result = validateOrgChangeSet(set({ kind: 'move', unitCode: 'X1', parentCode: 'X1' }), snapshot(), TODAY);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'changes[0].parentCode', message: expect.any(String), en: 'A unit cannot be placed under itself.' },
    ]);
  });

  it('refuses an effective day that is not a real day, and accepts one in the past', () => {
    expect(errorsOf({ ...set({ kind: 'rename', unitCode: 'X1', name: 'A' }), effectiveOn: '2025-02-30' })).toContainEqual({
      path: 'effectiveOn',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
    expect(errorsOf({ ...set({ kind: 'rename', unitCode: 'X1', name: 'A' }), effectiveOn: '2025-07-01' })).toEqual([]);
    expect(errorsOf({ ...set({ kind: 'rename', unitCode: 'X1', name: 'A' }), effectiveOn: '2027-01-01' })).toEqual([]);
  });

  it('refuses a statistics code that is not 2, 3 or 5 digits', () => {
    expect(errorsOf(set({ kind: 'rename', unitCode: 'X1', statisticsCode: '2215' }))).toContainEqual({
      path: 'changes[0].statisticsCode',
      message: expect.stringContaining('5 số cho xã'),
    });
    expect(errorsOf(set({ kind: 'rename', unitCode: 'X1', statisticsCode: '0221A' }))).toHaveLength(1);
    expect(errorsOf(set({ kind: 'rename', unitCode: 'X1', statisticsCode: '02218' }))).toEqual([]);
  });

  it('refuses an unknown kind of change and a merge of fewer than two units', () => {
    expect(errorsOf(set({ kind: 'abolish', unitCode: 'X1' }))).toContainEqual({ path: 'changes[0].kind', message: expect.any(String) });
    expect(errorsOf(set({ kind: 'merge', unitCodes: ['X1'], into: { code: 'X1' } }))).toContainEqual({
      path: 'changes[0].unitCodes',
      message: expect.stringContaining('ít nhất hai'),
    });
  });
});

describe('validateOrgChangeSet: the rules', () => {
  it('names an unknown and an inactive unit at their own paths', () => {
    const errors = errorsOf(set({ kind: 'merge', unitCodes: ['X1', 'NOPE', 'OLD'], into: { code: 'X1' } }));
    expect(errors).toEqual([
      { path: 'changes[0].unitCodes[1]', message: 'Không có đơn vị mã "NOPE".' },
      { path: 'changes[0].unitCodes[2]', message: expect.stringContaining('đã giải thể') },
    ]);
  });

  it('refuses a new unit with a code in use, even by a dissolved unit', () => {
    expect(errorsOf(set({ kind: 'merge', unitCodes: ['X1', 'X2'], into: { code: 'X3', name: 'Xã Mới' } }))).toContainEqual({
      path: 'changes[0].into.code',
      message: expect.stringContaining('đã là của'),
    });
    expect(
      errorsOf(
        set({
          kind: 'split',
          unitCode: 'X1',
          into: [
            { code: 'OLD', name: 'A' },
            { code: 'N2', name: 'B' },
          ],
          dutiesTo: 'N2',
        }),
      ),
    ).toContainEqual({
      path: 'changes[0].into[0].code',
      message: expect.stringContaining('không dùng lại'),
    });
  });

  it('refuses a move into the moved unit’s own subtree', () => {
    expect(errorsOf(set({ kind: 'move', unitCode: 'YS', parentCode: 'X2' }))).toContainEqual({
      path: 'changes[0].parentCode',
      message: expect.stringContaining('vòng lặp'),
    });
  });

  it('refuses deactivating a unit with children or officials and no successor', () => {
    const errors = errorsOf(set({ kind: 'deactivate', unitCode: 'YS' }));
    expect(errors.map((e) => e.message).join(' ')).toContain('3 đơn vị trực thuộc');
    expect(errors.map((e) => e.message).join(' ')).toContain('1 cán bộ');
    expect(errorsOf(set({ kind: 'deactivate', unitCode: 'X3' }))).toEqual([]);
  });

  it('refuses a successor inside the deactivated unit', () => {
    expect(errorsOf(set({ kind: 'deactivate', unitCode: 'YS', successorCode: 'X1' }))).toContainEqual({
      path: 'changes[0].successorCode',
      message: expect.stringContaining('nằm dưới'),
    });
  });

  it('refuses a statistics code another active unit carries', () => {
    expect(errorsOf(set({ kind: 'rename', unitCode: 'X2', statisticsCode: '02215' }))).toContainEqual({
      path: 'changes[0].statisticsCode',
      message: expect.stringContaining('Đơn vị X1'),
    });
  });

  it('refuses a split whose dutiesTo is not one of its parts', () => {
    expect(
      errorsOf(
        set({
          kind: 'split',
          unitCode: 'X1',
          into: [
            { code: 'N1', name: 'A' },
            { code: 'N2', name: 'B' },
          ],
          dutiesTo: 'X2',
        }),
      ),
    ).toContainEqual({
      path: 'changes[0].dutiesTo',
      message: expect.stringContaining('into'),
    });
  });

  it('checks each change against what the earlier ones left', () => {
    // X2 is dissolved by the first change, so the second cannot rename it; X9 is created by the first, so it can be moved.
    const errors = errorsOf(
      set(
        { kind: 'merge', unitCodes: ['X1', 'X2'], into: { code: 'X9', name: 'Xã Hợp Nhất' } },
        { kind: 'rename', unitCode: 'X2', name: 'Tên khác' },
        { kind: 'move', unitCode: 'X9', parentCode: 'TQ' },
      ),
    );
    expect(errors).toEqual([{ path: 'changes[1].unitCode', message: expect.stringContaining('đã giải thể') }]);
  });

  it('lists every problem of the set, not only the first', () => {
    const errors = errorsOf(set({ kind: 'rename', unitCode: 'NOPE', name: 'A' }, { kind: 'move', unitCode: 'X1', parentCode: 'X1' }));
    expect(errors.map((e) => e.path)).toEqual(['changes[0].unitCode', 'changes[1].parentCode']);
  });
});

describe('planOrgChanges', () => {
  it('renames a unit and gives it a statistics code', () => {
    const effects = effectsOf(set({ kind: 'rename', unitCode: 'X2', name: 'Xã Tân Trào', statisticsCode: '02216' }));
    expect(effects.renamed).toEqual([
      { unitCode: 'X2', fromName: 'Đơn vị X2', toName: 'Xã Tân Trào', fromStatisticsCode: null, toStatisticsCode: '02216' },
    ]);
    expect(effects.after).toEqual([expect.objectContaining({ code: 'X2', name: 'Xã Tân Trào', statisticsCode: '02216' })]);
  });

  it('moves a subtree, rewriting every descendant’s path', () => {
    const effects = effectsOf(set({ kind: 'move', unitCode: 'YS', parentCode: 'SO' }));
    expect(effects.moved).toEqual([{ unitCode: 'YS', fromParentCode: 'TQ', toParentCode: 'SO' }]);
    expect(effects.paths).toEqual(
      expect.arrayContaining([
        { unitCode: 'YS', fromPath: '/TQ/YS/', toPath: '/TQ/SO/YS/' },
        { unitCode: 'X1', fromPath: '/TQ/YS/X1/', toPath: '/TQ/SO/YS/X1/' },
        { unitCode: 'OLD', fromPath: '/TQ/YS/OLD/', toPath: '/TQ/SO/YS/OLD/' },
      ]),
    );
  });

  it('merges communes into one of them: the others dissolve and their officials move to it', () => {
    const effects = effectsOf(set({ kind: 'merge', unitCodes: ['X1', 'X2', 'X3'], into: { code: 'X1', name: 'Xã Yên Sơn' } }));
    expect(effects.created).toEqual([]);
    expect(effects.dissolved).toEqual([
      { unitCode: 'X2', successorCode: 'X1' },
      { unitCode: 'X3', successorCode: 'X1' },
    ]);
    expect(effects.officialsMoved).toEqual([{ officialId: 'o-x2-leader', fromUnit: 'X2', toUnit: 'X1' }]);
    expect(effects.renamed[0]).toMatchObject({ unitCode: 'X1', toName: 'Xã Yên Sơn' });
  });

  it('merges into a new unit under the merged units’ common parent', () => {
    const effects = effectsOf(
      set({ kind: 'merge', unitCodes: ['X1', 'X2'], into: { code: 'X12', name: 'Xã Mới', statisticsCode: '02299' } }),
    );
    expect(effects.created).toEqual([
      {
        code: 'X12',
        name: 'Xã Mới',
        parentCode: 'YS',
        path: '/TQ/YS/X12/',
        levelCode: 'commune',
        kind: 'commune',
        statisticsCode: '02299',
        active: true,
      },
    ]);
    expect(effects.officialsMoved.map((m) => m.toUnit)).toEqual(['X12', 'X12']);
  });

  it('abolishes a district into the province: its communes are re-parented with their paths', () => {
    const effects = effectsOf(set({ kind: 'deactivate', unitCode: 'YS', successorCode: 'TQ' }));
    expect(effects.dissolved).toEqual([{ unitCode: 'YS', successorCode: 'TQ' }]);
    expect(effects.reparented.map((r) => r.unitCode)).toEqual(['X1', 'X2', 'X3']);
    expect(effects.paths).toContainEqual({ unitCode: 'X1', fromPath: '/TQ/YS/X1/', toPath: '/TQ/X1/' });
    expect(effects.officialsMoved).toEqual([{ officialId: 'o-ys', fromUnit: 'YS', toUnit: 'TQ' }]);
  });

  it('splits a unit: the parts take its parent, dutiesTo takes its officials', () => {
    const effects = effectsOf(
      set({
        kind: 'split',
        unitCode: 'X1',
        into: [
          { code: 'X1A', name: 'Xã A' },
          { code: 'X1B', name: 'Xã B', statisticsCode: '02230' },
        ],
        dutiesTo: 'X1B',
      }),
    );
    expect(effects.created.map((u) => [u.code, u.parentCode, u.path])).toEqual([
      ['X1A', 'YS', '/TQ/YS/X1A/'],
      ['X1B', 'YS', '/TQ/YS/X1B/'],
    ]);
    expect(effects.dissolved).toEqual([{ unitCode: 'X1', successorCode: 'X1B' }]);
    expect(effects.officialsMoved).toEqual([{ officialId: 'o-x1-leader', fromUnit: 'X1', toUnit: 'X1B' }]);
  });

  it('throws on a set that no longer holds against the tree', () => {
    expect(() =>
      planOrgChanges({ effectiveOn: '2025-07-01', reason: 'x', changes: [{ kind: 'rename', unitCode: 'NOPE', name: 'A' }] }, snapshot()),
    ).toThrow(/NOPE/);
  });
});
