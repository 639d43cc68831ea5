import { formatMessage, vi, type MessageKey } from '../../i18n/messages';
import { effectLines } from './effect-lines';

const t = (key: MessageKey, params?: Record<string, string | number>) => formatMessage(vi, key, params);
const names: Record<string, string> = { 'TQ-SD': 'Huyện Sơn Dương', 'TQ-SD-TUTHINH': 'Xã Tú Thịnh', 'TQ-SD-HOPTHANH': 'Xã Hợp Thành' };
const known = (code: string | null | undefined) => (code ? (names[code] ?? code) : '');
const newCommune = {
  code: 'TQ-SD-HOPTHINH',
  name: 'Xã Hợp Thịnh',
  parentCode: 'TQ-SD',
  path: '/TQ/TQ-SD/TQ-SD-HOPTHINH/',
  levelCode: 'xa',
  kind: 'ubnd',
  statisticsCode: null,
  active: true,
};

describe('effectLines', () => {
  it('tells a merge into a new commune in sentences, officials counted per unit', () => {
    const groups = effectLines(
      {
        created: [newCommune],
        renamed: [],
        moved: [],
        paths: [],
        dissolved: [
          { unitCode: 'TQ-SD-TUTHINH', successorCode: 'TQ-SD-HOPTHINH' },
          { unitCode: 'TQ-SD-HOPTHANH', successorCode: 'TQ-SD-HOPTHINH' },
        ],
        reparented: [],
        officialsMoved: [
          { officialId: 'a', fromUnit: 'TQ-SD-TUTHINH', toUnit: 'TQ-SD-HOPTHINH' },
          { officialId: 'b', fromUnit: 'TQ-SD-TUTHINH', toUnit: 'TQ-SD-HOPTHINH' },
        ],
        after: [newCommune],
      },
      t,
      known,
    );
    expect(groups).toEqual([
      { key: 'created', lines: ['Thành lập Xã Hợp Thịnh (TQ-SD-HOPTHINH), trực thuộc Huyện Sơn Dương.'] },
      { key: 'dissolved', lines: ['Xã Tú Thịnh sáp nhập vào Xã Hợp Thịnh.', 'Xã Hợp Thành sáp nhập vào Xã Hợp Thịnh.'] },
      { key: 'officials', lines: ['2 cán bộ chuyển từ Xã Tú Thịnh sang Xã Hợp Thịnh.'] },
    ]);
  });

  it('names a renamed unit by its old name before the set and its new name after it', () => {
    const groups = effectLines(
      {
        created: [],
        renamed: [
          {
            unitCode: 'TQ-SD-TUTHINH',
            fromName: 'Xã Tú Thịnh',
            toName: 'Xã Tân Trào',
            fromStatisticsCode: null,
            toStatisticsCode: '09100',
          },
        ],
        moved: [{ unitCode: 'TQ-SD-TUTHINH', fromParentCode: 'TQ-SD', toParentCode: 'TQ-SD' }],
        paths: [],
        dissolved: [],
        reparented: [],
        officialsMoved: [],
        after: [{ ...newCommune, code: 'TQ-SD-TUTHINH', name: 'Xã Tân Trào' }],
      },
      t,
      known,
    );
    expect(groups.map((g) => g.lines)).toEqual([
      ['Đổi tên Xã Tú Thịnh thành Xã Tân Trào.', 'Mã ĐVHC của Xã Tân Trào: — → 09100.'],
      ['Xã Tân Trào chuyển từ Huyện Sơn Dương sang trực thuộc Huyện Sơn Dương.'],
    ]);
  });
});
