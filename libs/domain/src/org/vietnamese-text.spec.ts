import { compareVietnamese, normalizeText, searchKey } from './vietnamese-text';

describe('normalizeText', () => {
  it('recomposes decomposed (NFD) input into NFC', () => {
    const decomposed = 'Tuyên Quang'.normalize('NFD');
    expect(decomposed).not.toBe('Tuyên Quang');

    const result = normalizeText(decomposed);

    expect(result).toBe('Tuyên Quang');
    expect(result).toBe(result.normalize('NFC'));
  });

  it('trims and collapses every kind of internal whitespace to a single space', () => {
    expect(normalizeText('  Sở \t Nội\u00a0\u00a0vụ \n')).toBe('Sở Nội vụ');
  });

  it('returns an empty string for whitespace only', () => {
    expect(normalizeText(' \t\n ')).toBe('');
  });
});

describe('searchKey', () => {
  it('strips diacritics, maps đ to d and lowercases', () => {
    expect(searchKey('Đoàn Kết Sáng Tạo')).toBe('doan ket sang tao');
  });

  it('gives the same key for NFC and NFD spellings', () => {
    const name = 'Ủy ban nhân dân xã Thắng Quân';
    expect(searchKey(name.normalize('NFD'))).toBe(searchKey(name));
    expect(searchKey(name)).toBe('uy ban nhan dan xa thang quan');
  });

  it('removes every Vietnamese tone and vowel mark', () => {
    expect(searchKey('ẮẰẲẴẶ ẤẦẨẪẬ ỨỪỬỮỰ Ơ Ư đ')).toBe('aaaaa aaaaa uuuuu o u d');
  });

  it('collapses whitespace so keys compare equal regardless of spacing', () => {
    expect(searchKey('  Sơn   Dương ')).toBe('son duong');
  });
});

describe('compareVietnamese', () => {
  it('sorts in Vietnamese dictionary order', () => {
    const sorted = ['Đông', 'Dương', 'ơi', 'An', 'Bắc', 'Âm', 'ô', 'Ăn', 'o'].sort(compareVietnamese);
    expect(sorted).toEqual(['An', 'Ăn', 'Âm', 'Bắc', 'Dương', 'Đông', 'o', 'ô', 'ơi']);
  });

  it('treats NFC and NFD spellings of the same word as equal', () => {
    expect(compareVietnamese('Tuyên Quang'.normalize('NFD'), 'Tuyên Quang')).toBe(0);
  });
});
