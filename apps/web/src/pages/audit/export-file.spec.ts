import { fileNameOf } from './export-file';

describe('the name a downloaded export is saved under', () => {
  it('is the one the API gives', () => expect(fileNameOf('attachment; filename="nhat-ky-c-1.csv"', 'x.csv')).toBe('nhat-ky-c-1.csv'));

  it('prefers the UTF-8 form when there is one', () =>
    expect(fileNameOf(`attachment; filename="nhat-ky.csv"; filename*=UTF-8''nh%E1%BA%ADt-k%C3%BD.csv`, 'x.csv')).toBe('nhật-ký.csv'));

  it('falls back when the header is missing or names nothing', () => {
    expect(fileNameOf(null, 'nhat-ky.csv')).toBe('nhat-ky.csv');
    expect(fileNameOf('attachment', 'nhat-ky.csv')).toBe('nhat-ky.csv');
  });
});
