import { shorten } from './chart-labels';

describe('axis ticks', () => {
  it('keep a short name whole', () => expect(shorten('Xã', 20)).toBe('Xã'));

  it('cut a long name at a word, with an ellipsis', () =>
    expect(shorten('Sơ kết đánh giá kết quả thực hiện năm 2023', 24)).toBe('Sơ kết đánh giá kết quả…'));

  it('cut inside a word when no word ends late enough', () => expect(shorten('Khenthuongtongketgiaidoan', 10)).toBe('Khenthuon…'));
});
