/**
 * The API layer's own words (sign-in, sessions, the sign-in throttle, body size, path parameters, not found, roles and
 * scope, validation, faults), by code. messages.en.ts gives each code its English; `said()` writes both into an
 * exception, and the problem filter answers in the language the request asks for.
 */
export const MESSAGES_VI = {
  'auth.token-missing': () => 'Cần đăng nhập: thiếu mã truy cập (Authorization: Bearer …).',
  'auth.token-invalid': () => 'Mã truy cập không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.',
  'auth.session-ended': () => 'Phiên đăng nhập này đã kết thúc (đã đăng xuất, đổi mật khẩu hoặc bị thu hồi); hãy đăng nhập lại.',
  'auth.account-inactive': () => 'Tài khoản không còn hoạt động.',
  'auth.wrong-credentials': () => 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'auth.refresh-reused': () =>
    'Mã làm mới phiên đã được dùng trước đó, có thể đã bị sao chép; để an toàn, phiên này đã bị thu hồi. Hãy đăng nhập lại.',
  'auth.refresh-expired': () => 'Phiên đăng nhập đã hết hạn hoặc đã kết thúc; hãy đăng nhập lại.',
  'auth.password-change-first': () =>
    'Bạn đang dùng mật khẩu do quản trị viên cấp: hãy đổi mật khẩu (mục "Đổi mật khẩu") trước khi dùng các chức năng khác.',
  'auth.roles-required': (p: { rolesVi: string; rolesEn: string }) => `Chức năng này dành cho: ${p.rolesVi}.`,
  'auth.read-only': () => 'Tài khoản thanh tra, kiểm toán chỉ được xem, không được thay đổi dữ liệu.',
  'auth.sso-disabled': () => 'Hệ thống chưa bật đăng nhập một lần (SSO); hãy đăng nhập bằng mật khẩu.',
  'throttle.locked': (p: { scope: 'account' | 'address'; retryAfterSeconds: number; lockedUntilVi: string; lockedUntilEn: string }) =>
    `${
      p.scope === 'account'
        ? 'Tài khoản này đã bị nhập sai mật khẩu quá nhiều lần nên tạm thời bị khóa đăng nhập.'
        : 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn nên việc đăng nhập từ đây tạm thời bị chặn.'
    } Vui lòng thử lại sau ${
      p.retryAfterSeconds < 60 ? `${p.retryAfterSeconds} giây` : `${Math.ceil(p.retryAfterSeconds / 60)} phút`
    } (lúc ${p.lockedUntilVi}). Nếu quên mật khẩu, hãy nhờ quản trị viên của đơn vị cấp lại.`,
  'body.too-large': (p: { limit: string }) =>
    `Nội dung gửi lên quá lớn: yêu cầu này nhận tối đa ${p.limit}. Hãy rút gọn nội dung hoặc chia thành nhiều lần gửi.`,
  'body.not-json': () => 'Nội dung gửi lên không phải JSON hợp lệ: hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.',
  'body.charset': () => 'Nội dung gửi lên dùng bảng mã không được hỗ trợ: hãy gửi ở dạng UTF-8.',
  'body.aborted': () => 'Nội dung gửi lên bị gián đoạn hoặc không trọn vẹn: hãy gửi lại.',
  'path.invalid': (p: { name: string; value: string; expectedVi: string; expectedEn: string; hint: boolean }) =>
    `Đường dẫn có ${p.name ? `tham số "${p.name}"` : 'tham số'} không hợp lệ ("${p.value}"): ${p.expectedVi}.` +
    (p.hint ? ' Hãy mở lại trang từ danh sách thay vì sửa địa chỉ bằng tay.' : ''),
  'route.not-found': (p: { method: string; path: string }) =>
    `Không có chức năng ${p.method} ${p.path} trên máy chủ; hãy kiểm tra lại địa chỉ.`,
  'workflow.not-found': () => 'Không tìm thấy quy trình tương ứng (đã kết thúc hoặc chưa bắt đầu).',
  'workflow.unavailable': () =>
    'Hệ thống điều phối quy trình (Temporal) tạm thời không liên lạc được; chưa có gì được ghi. Vui lòng thử lại sau ít phút.',
  unavailable: () => 'Hệ thống tạm thời chưa sẵn sàng (cơ sở dữ liệu hoặc Temporal không trả lời); vui lòng thử lại sau ít phút.',
  internal: () =>
    'Thao tác không thực hiện được do lỗi hệ thống; vui lòng thử lại. Nếu lỗi lặp lại, hãy báo cho quản trị viên kèm mã yêu cầu (requestId).',
  'validation.summary': (p: { count: number; listVi: string; listEn: string }) => `Dữ liệu gửi lên có ${p.count} lỗi cần sửa: ${p.listVi}`,
} as const;

export type MessageCode = keyof typeof MESSAGES_VI;
export type MessageParams<C extends MessageCode> = Parameters<(typeof MESSAGES_VI)[C]>[0];
