// The official's own account: changing the password (also when an administrator's one-time password must be replaced).

export const vi = {
  'account.changePassword': 'Đổi mật khẩu',
  'account.mustChangeNotice': 'Bạn đang dùng mật khẩu do quản trị viên cấp. Hãy đặt mật khẩu của riêng mình để tiếp tục làm việc.',
  'account.currentPassword': 'Mật khẩu hiện tại',
  'account.newPassword': 'Mật khẩu mới',
  'account.confirmPassword': 'Nhập lại mật khẩu mới',
  'account.passwordRules': 'Ít nhất 10 ký tự, không chứa tên đăng nhập, không dùng mật khẩu phổ biến. Một câu ngắn dễ nhớ là lựa chọn tốt.',
  'account.currentRequired': 'Vui lòng nhập mật khẩu hiện tại',
  'account.newTooShort': 'Mật khẩu mới cần ít nhất 10 ký tự',
  'account.confirmMismatch': 'Hai lần nhập mật khẩu mới không giống nhau',
  'account.submit': 'Đổi mật khẩu',
  'account.changed': 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.',
  'account.changeFailed': 'Không đổi được mật khẩu. Vui lòng thử lại.',
  'login.tooManyAttempts': 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
};

export const en: Record<keyof typeof vi, string> = {
  'account.changePassword': 'Change password',
  'account.mustChangeNotice': 'You are using a password given by an administrator. Set your own password to continue.',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.confirmPassword': 'New password again',
  'account.passwordRules':
    'At least 10 characters, without your username, not a common password. A short sentence you remember is a good choice.',
  'account.currentRequired': 'Please enter your current password',
  'account.newTooShort': 'The new password needs at least 10 characters',
  'account.confirmMismatch': 'The two new passwords differ',
  'account.submit': 'Change password',
  'account.changed': 'Password changed. Your other sessions have ended.',
  'account.changeFailed': 'Could not change the password. Please try again.',
  'login.tooManyAttempts': 'Too many failed sign-ins. Please try again in {minutes} minutes.',
};
