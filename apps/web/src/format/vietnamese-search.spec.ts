import { foldVietnamese, matchesSearch, vietnameseCollator } from './vietnamese-search';

describe('Vietnamese search and order', () => {
  it('folds diacritics, đ and case', () =>
    expect(foldVietnamese('Đoàn kết SÁNG TẠO, xã Thắng Quân')).toBe('doan ket sang tao, xa thang quan'));

  it('finds "xã" from "xa" and "Đoàn" from "doan", every word anywhere', () => {
    expect(matchesSearch('xa thang', ['UBND xã Thắng Quân'])).toBe(true);
    expect(matchesSearch('doan ket', ['Phong trào “Đoàn kết sáng tạo”'])).toBe(true);
    expect(matchesSearch('huyen', ['UBND xã Thắng Quân', null])).toBe(false);
    expect(matchesSearch('  ', ['anything'])).toBe(true);
  });

  it('sorts in Vietnamese alphabetical order (d before đ before e)', () =>
    expect(['Em', 'Đoàn', 'Dân', 'Ăn', 'An'].sort(vietnameseCollator.compare)).toEqual(['An', 'Ăn', 'Dân', 'Đoàn', 'Em']));
});
