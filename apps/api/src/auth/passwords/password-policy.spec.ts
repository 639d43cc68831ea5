import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a long, personal passphrase', () => {
    expect(passwordProblems('Hoa sen nở giữa hồ', 'chuyenvien.xa')).toEqual([]);
  });

  it('names a password that is too short, with its length', () => {
    expect(passwordProblems('Ng4n!', 'an.nv')).toEqual(['Mật khẩu mới phải có ít nhất 10 ký tự (mật khẩu vừa nhập có 5).']);
  });

  it('counts characters, not bytes, of a Vietnamese password', () => {
    expect(passwordProblems('Mật khẩu ở', 'an.nv')).toEqual([]);
  });

  it('refuses a password containing the username, whatever the case', () => {
    expect(passwordProblems('Xin chao LanhDao.Tinh 2026', 'lanhdao.tinh')).toEqual([
      'Mật khẩu mới không được chứa tên đăng nhập "lanhdao.tinh".',
    ]);
  });

  it('refuses the very common ones, dressed up with digits and signs or not', () => {
    for (const common of ['Password2026!', 'matkhau123456', '1234567890', 'Qwertyuiop', '!!ThiDua@2026']) {
      expect(passwordProblems(common, 'an.nv')).toContain(
        'Mật khẩu mới quá phổ biến, dễ bị đoán; hãy chọn một cụm từ riêng mà chỉ bạn biết.',
      );
    }
  });

  it('lists every problem at once', () => {
    expect(passwordProblems('admin', 'admin')).toHaveLength(3);
  });
});
