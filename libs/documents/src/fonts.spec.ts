import { FONT_STYLES, FontSet, tinosFaces } from './fonts';

const vowels = 'aăâeêioôơuưy';
const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Every Vietnamese letter, with and without tone marks, lower and upper case (NFC). */
const vietnameseLetters = (() => {
  const letters = new Set<string>();
  for (const base of `${vowels}bcdđghklmnpqrstvx`) {
    letters.add(base);
    if (vowels.includes(base)) for (const tone of tones) letters.add(`${base}${tone}`.normalize('NFC'));
  }
  return [...letters].flatMap((l) => [l, l.toLocaleUpperCase('vi')]);
})();

describe('the Tinos faces', () => {
  const fonts = new FontSet(tinosFaces());

  it('draw every Vietnamese letter in every style', () => {
    expect(vietnameseLetters).toHaveLength(2 * (12 * 6 + 17)); // 12 vowels with no tone or one of 5, 17 consonants
    for (const style of FONT_STYLES) {
      const missing = vietnameseLetters.filter((letter) => !fonts.covers(style, letter));
      expect({ style, missing }).toEqual({ style, missing: [] });
    }
  });

  it('draw ASCII, the dashes and quotes of the documents, and the đồng sign', () => {
    const others = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '–', '—', '“', '”', '‘', '’', '…', '₫', '\u00a0'];
    for (const style of FONT_STYLES) expect(others.filter((c) => !fonts.covers(style, c))).toEqual([]);
  });

  it('split a word between the Latin and the Vietnamese subset files', () => {
    const runs = fonts.runs('regular', 'Nguyễn Văn');
    expect(runs.map((r) => r.text).join('')).toBe('Nguyễn Văn');
    expect(runs.map((r) => r.face)).toEqual([
      'Tinos-regular-latin',
      'Tinos-regular-vietnamese',
      'Tinos-regular-latin',
      'Tinos-regular-vietnamese',
      'Tinos-regular-latin',
    ]);
  });
});
