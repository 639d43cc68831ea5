import { changesFromCsv, csvPath } from './org-change-csv';

const HEADER = 'kind,unitCode,name,parentCode,unitCodes,intoCode,statisticsCode,dutiesTo,successorCode';

describe('org change sets from CSV', () => {
  it('reads one change per row, lists separated by ";"', () => {
    const { changes, errors } = changesFromCsv(
      [
        HEADER,
        'rename,X1,Xã Một,,,,02215,,',
        'merge,,Xã Hợp,YS,X1;X2,X12,02299,,',
        'split,X3,Xã A;Xã B,,,X3A;X3B,;02230,X3B,',
        'deactivate,YS,,,,,,,TQ',
        'move,X4,,TQ,,,,,',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    expect(changes).toEqual([
      { kind: 'rename', unitCode: 'X1', name: 'Xã Một', statisticsCode: '02215' },
      { kind: 'merge', unitCodes: ['X1', 'X2'], into: { code: 'X12', name: 'Xã Hợp', parentCode: 'YS', statisticsCode: '02299' } },
      {
        kind: 'split',
        unitCode: 'X3',
        into: [
          { code: 'X3A', name: 'Xã A' },
          { code: 'X3B', name: 'Xã B', statisticsCode: '02230' },
        ],
        dutiesTo: 'X3B',
      },
      { kind: 'deactivate', unitCode: 'YS', successorCode: 'TQ' },
      { kind: 'move', unitCode: 'X4', parentCode: 'TQ' },
    ]);
  });

  it('refuses a value in a column the kind does not use, and an unknown column', () => {
    const { errors } = changesFromCsv(`${HEADER},colour\nmove,X4,Tên thừa,TQ,,,,,,red\n`);
    expect(errors.map((e) => e.path)).toEqual(['csv[0].colour', 'csv[1].name']);
  });

  it('points the domain’s paths at the row and column', () => {
    expect(csvPath('changes[0].unitCodes[1]')).toBe('csv[1].unitCodes');
    expect(csvPath('changes[2].into.code')).toBe('csv[3].intoCode');
    expect(csvPath('changes[2].into[1].name')).toBe('csv[3].name');
    expect(csvPath('changes[4].successorCode')).toBe('csv[5].successorCode');
    expect(csvPath('changes[4]')).toBe('csv[5]');
    expect(csvPath('effectiveOn')).toBe('effectiveOn');
  });
});
