import { placeInUnitName, placeOfUnit } from './place-name';

describe('the place a body writes before the date', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh Tuyên Quang', 'Tuyên Quang'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang', 'Tuyên Quang'],
    ['Ủy ban MTTQ Việt Nam huyện Yên Sơn', 'Yên Sơn'],
    ['Ủy ban nhân dân xã Thắng Quân', 'Thắng Quân'],
    ['Ủy ban nhân dân thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Tỉnh ủy Thái Nguyên', 'Thái Nguyên'],
    ['Huyện ủy Đại Từ', 'Đại Từ'],
    ['Đảng ủy xã Hùng Sơn', 'Hùng Sơn'],
    ['Hội Nông dân tỉnh Tuyên Quang', 'Tuyên Quang'],
    ['Ủy ban nhân dân Phường 1', 'Phường 1'],
  ])('reads "%s" as %s', (name, place) => {
    expect(placeInUnitName(name)).toBe(place);
  });

  it('finds none in a name without one', () => {
    expect(placeInUnitName('Sở Nội vụ')).toBeUndefined();
    expect(placeInUnitName('Tỉnh đoàn Tuyên Quang')).toBeUndefined();
  });

  it('takes the place of the unit above when the body’s own name has none', () => {
    const units = new Map([
      ['TQ', { path: '/TQ/', name: 'Ủy ban nhân dân tỉnh Tuyên Quang' }],
      ['TQ-SNV', { path: '/TQ/TQ-SNV/', name: 'Sở Nội vụ' }],
    ]);
    expect(placeOfUnit(units.get('TQ-SNV')!, units)).toBe('Tuyên Quang');
    expect(placeOfUnit({ path: '/KHAC/' }, units)).toBeUndefined();
  });
});
