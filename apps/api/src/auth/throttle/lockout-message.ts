const CLOCK = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false });

/** What a locked-out official reads: why, how long, and the wall-clock time (Vietnam) to try again. */
export function lockoutMessage(scope: 'account' | 'address', retryAfterSeconds: number, lockedUntil: Date): string {
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} giây` : `${Math.ceil(retryAfterSeconds / 60)} phút`;
  const why =
    scope === 'account'
      ? 'Tài khoản này đã bị nhập sai mật khẩu quá nhiều lần nên tạm thời bị khóa đăng nhập.'
      : 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn nên việc đăng nhập từ đây tạm thời bị chặn.';
  return `${why} Vui lòng thử lại sau ${wait} (lúc ${CLOCK.format(lockedUntil)}). Nếu quên mật khẩu, hãy nhờ quản trị viên của đơn vị cấp lại.`;
}
