export const MIN_PASSWORD_LENGTH = 10;

// The passwords tried first by anyone guessing, with the local favourites; compared without case and trailing digits
// or signs, so "Password2026!" counts as "password".
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'passw0rd',
  'matkhau',
  'qwerty',
  'qwertyuiop',
  'abc',
  'abcdef',
  'abcd',
  'admin',
  'administrator',
  'iloveyou',
  'welcome',
  'letmein',
  'thidua',
  'khenthuong',
  'thiduakhenthuong',
  'vietnam',
  'hanoi',
  '',
]);

/** Everything wrong with a new password, each in words the official can act on; empty when it may be used. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH)
    problems.push(`Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự (mật khẩu vừa nhập có ${length}).`);
  const lowered = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && lowered.includes(name)) problems.push(`Mật khẩu mới không được chứa tên đăng nhập "${username}".`);
  if (COMMON_PASSWORDS.has(lowered.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '')))
    problems.push('Mật khẩu mới quá phổ biến, dễ bị đoán; hãy chọn một cụm từ riêng mà chỉ bạn biết.');
  return problems;
}
