import { changeSetBody, placeErrors, type ChangeSetValues } from './change-set-form';

const merge: ChangeSetValues = {
  effectiveOn: '2025-07-01',
  reason: '  Nghị quyết 1683  ',
  source: 'form',
  csv: 'kind,unitCode',
  changes: [
    {
      kind: 'merge',
      target: 'new',
      unitCodes: ['TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH'],
      into: { code: ' TQ-SD-HOPTHINH ', name: 'Xã Hợp Thịnh', statisticsCode: '' },
      unitCode: 'left over from another kind',
    },
  ],
};

describe('changeSetBody', () => {
  it('sends only the kind’s fields, trimmed, blanks left out, without the form’s own choices', () => {
    expect(changeSetBody(merge)).toEqual({
      effectiveOn: '2025-07-01',
      reason: 'Nghị quyết 1683',
      changes: [{ kind: 'merge', unitCodes: ['TQ-SD-TUTHINH', 'TQ-SD-HOPTHANH'], into: { code: 'TQ-SD-HOPTHINH', name: 'Xã Hợp Thịnh' } }],
    });
  });

  it('sends a split’s new units and who takes the duties', () => {
    const body = changeSetBody({
      effectiveOn: '2025-07-01',
      reason: 'r',
      changes: [
        {
          kind: 'split',
          unitCode: 'A',
          into: [
            { code: 'B', name: 'Bê' },
            { code: 'C', name: 'Xê', statisticsCode: '01234' },
          ],
          dutiesTo: 'B',
        },
      ],
    });
    expect(body.changes).toEqual([
      {
        kind: 'split',
        unitCode: 'A',
        into: [
          { code: 'B', name: 'Bê' },
          { code: 'C', name: 'Xê', statisticsCode: '01234' },
        ],
        dutiesTo: 'B',
      },
    ]);
  });

  it('sends the CSV instead of the changes when the CSV was chosen', () => {
    expect(changeSetBody({ ...merge, source: 'csv' })).toEqual({
      effectiveOn: '2025-07-01',
      reason: 'Nghị quyết 1683',
      csv: 'kind,unitCode',
    });
  });
});

describe('placeErrors', () => {
  it('puts an error on its input, or on the nearest input above it', () => {
    const placed = placeErrors(
      [
        { path: 'changes[0].into.code', message: 'Mã có dấu' },
        { path: 'changes[0].unitCodes[1]', message: 'Không có đơn vị' },
        { path: 'reason', message: 'Thiếu lý do' },
      ],
      merge,
    );
    expect(placed.fields).toEqual([
      { name: ['changes', 0, 'into', 'code'], errors: ['Mã có dấu'] },
      { name: ['changes', 0, 'unitCodes'], errors: ['Không có đơn vị'] },
      { name: ['reason'], errors: ['Thiếu lý do'] },
    ]);
    expect(placed.form).toEqual([]);
  });

  it('puts an error about a field the form has no input for on its change, and one about the set above the form', () => {
    const placed = placeErrors(
      [
        { path: 'changes[0].into.levelCode', message: 'Khác cấp' },
        { path: 'changes', message: 'Cần ít nhất một thay đổi' },
      ],
      merge,
    );
    expect(placed.changes).toEqual({ 0: ['Khác cấp'] });
    expect(placed.form).toEqual(['Cần ít nhất một thay đổi']);
  });

  it('reads a CSV error’s row and column', () => {
    const placed = placeErrors(
      [
        { path: 'csv[2].intoCode', message: 'Sai mã' },
        { path: 'csv[3]', message: 'Thiếu cột' },
      ],
      { ...merge, source: 'csv' },
    );
    expect(placed.rows).toEqual([
      { row: 2, column: 'intoCode', message: 'Sai mã' },
      { row: 3, column: undefined, message: 'Thiếu cột' },
    ]);
  });
});
