import { generateOneTimePassword } from './one-time-password';

describe('generateOneTimePassword', () => {
  it('gives 16 characters without the ones read wrongly off a screen, different each time', () => {
    const passwords = Array.from({ length: 50 }, () => generateOneTimePassword());
    for (const password of passwords) expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
