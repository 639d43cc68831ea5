import { lockoutMessage } from './lockout-message';

describe('lockoutMessage', () => {
  it('says why, how long and at what time in Vietnam to try again', () => {
    const until = new Date('2026-11-30T02:41:30Z'); // 09:41 in Hà Nội
    const { message, en } = lockoutMessage('account', 90, until);
    expect(message).toContain('nhập sai mật khẩu quá nhiều lần');
    expect(message).toContain('thử lại sau 2 phút (lúc 09:41)');
    expect(lockoutMessage('address', 30, until).message).toMatch(/địa chỉ mạng.*thử lại sau 30 giây/);
    expect(en).toContain('try again in 2 minutes (at 09:41, Vietnam time)');
  });
});
