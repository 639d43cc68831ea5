import { hashPassword, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const encoded = await hashPassword('ThiDua@2026!');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('ThiDua@2026!', encoded)).resolves.toBe(true);
    await expect(verifyPassword('ThiDua@2026?', encoded)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toEqual(await hashPassword('same'));
  });

  it('treats composed and decomposed Vietnamese passwords as the same', async () => {
    const encoded = await hashPassword('Mật khẩu'.normalize('NFC'));
    await expect(verifyPassword('Mật khẩu'.normalize('NFD'), encoded)).resolves.toBe(true);
  });
});
