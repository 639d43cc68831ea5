// Single sign-on through the province's provider: the login page's second way in, the page that opens the session,
// and why a sign-on was refused (the API's `?ly-do=` codes, apps/api/src/auth/oidc/oidc-refusal.ts).

export const vi = {
  'sso.or': 'hoặc',
  'sso.opening': 'Đang mở phiên làm việc…',
  'sso.failedTitle': 'Không đăng nhập một lần được',
  'sso.sessionFailed': 'Không mở được phiên làm việc từ lần đăng nhập một lần này (có thể đường dẫn đã được dùng hoặc đã hết hạn).',
  'sso.backToLogin': 'Quay lại trang đăng nhập',
  'sso.refused.het-han':
    'Lần đăng nhập một lần đã quá thời gian chờ hoặc được bắt đầu ở trình duyệt khác. Hãy bấm lại nút đăng nhập một lần.',
  'sso.refused.khong-khop':
    'Phản hồi từ cổng đăng nhập của tỉnh không khớp với lần bấm nút trên trình duyệt này nên đã bị từ chối để bảo vệ tài khoản. Hãy bấm lại nút đăng nhập một lần.',
  'sso.refused.tu-choi':
    'Cổng đăng nhập của tỉnh không xác nhận lần đăng nhập này (có thể bạn đã huỷ). Hãy thử lại, hoặc đăng nhập bằng mật khẩu.',
  'sso.refused.loi-xac-minh':
    'Không xác minh được lần đăng nhập với cổng đăng nhập của tỉnh. Hãy thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên hệ thống.',
  'sso.refused.thieu-ten':
    'Cổng đăng nhập của tỉnh không gửi tên đăng nhập của bạn. Hãy báo quản trị viên hệ thống kiểm tra thiết lập OIDC_USERNAME_CLAIM.',
  'sso.refused.chua-co-tai-khoan':
    'Bạn đã đăng nhập ở cổng của tỉnh, nhưng hệ thống Thi đua – Khen thưởng chưa có tài khoản với tên đăng nhập đó. Hãy đề nghị quản trị viên tạo tài khoản cho bạn.',
  'sso.refused.tai-khoan-ngung':
    'Tài khoản của bạn trong hệ thống Thi đua – Khen thưởng đã ngừng hoạt động. Hãy liên hệ quản trị viên của đơn vị.',
  'sso.refused.other': 'Không đăng nhập một lần được. Hãy thử lại, hoặc đăng nhập bằng mật khẩu.',
};

export const en: Record<keyof typeof vi, string> = {
  'sso.or': 'or',
  'sso.opening': 'Opening your session…',
  'sso.failedTitle': 'Single sign-on did not work',
  'sso.sessionFailed': 'This single sign-on could not open a session (the link may have been used already, or have expired).',
  'sso.backToLogin': 'Back to the sign-in page',
  'sso.refused.het-han': 'The single sign-on took too long, or was started in another browser. Press the single sign-on button again.',
  'sso.refused.khong-khop':
    'The answer from the province’s sign-in portal did not match the button pressed in this browser, so it was refused to protect your account. Press the single sign-on button again.',
  'sso.refused.tu-choi':
    'The province’s sign-in portal did not confirm this sign-in (you may have cancelled). Try again, or sign in with your password.',
  'sso.refused.loi-xac-minh':
    'The sign-in could not be verified with the province’s sign-in portal. Try again in a few minutes; if it keeps failing, tell the system administrator.',
  'sso.refused.thieu-ten':
    'The province’s sign-in portal did not send your username. Ask the system administrator to check OIDC_USERNAME_CLAIM.',
  'sso.refused.chua-co-tai-khoan':
    'You signed in at the province’s portal, but this commendation system has no account with that username. Ask an administrator to create one for you.',
  'sso.refused.tai-khoan-ngung': 'Your account in this commendation system is deactivated. Contact your unit’s administrator.',
  'sso.refused.other': 'Single sign-on did not work. Try again, or sign in with your password.',
};
