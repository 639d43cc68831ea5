// Every string the officials read, in Vietnamese first and in English. `en` is typed against `vi`'s keys,
// so a key added to one and forgotten in the other fails the type check. `{name}` marks a parameter.

export const vi = {
  'app.title': 'Thi đua – Khen thưởng',
  'app.loading': 'Đang tải…',
  'app.loadFailed': 'Không tải được dữ liệu. Vui lòng thử lại.',
  'app.retry': 'Thử lại',
  'app.notFound': 'Không tìm thấy trang này.',
  'app.backHome': 'Về Hộp việc',

  'login.heading': 'Đăng nhập',
  'login.subtitle': 'Hệ thống quản lý Thi đua – Khen thưởng',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.usernameRequired': 'Vui lòng nhập tên đăng nhập',
  'login.passwordRequired': 'Vui lòng nhập mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.wrongCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'login.failed': 'Không đăng nhập được. Vui lòng thử lại.',
  'login.sessionExpired': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',

  'header.language': 'Ngôn ngữ',
  'header.logout': 'Đăng xuất',
  'header.roles': 'Vai trò',

  'nav.inbox': 'Hộp việc',
  'nav.campaigns': 'Phong trào',

  'inbox.heading': 'Hộp việc',
  'inbox.empty': 'Không có việc nào đang chờ.',
  'inbox.filterKind': 'Loại việc',
  'inbox.filterCampaign': 'Phong trào',
  'inbox.allKinds': 'Tất cả loại việc',
  'inbox.allCampaigns': 'Tất cả phong trào',
  'inbox.column.title': 'Việc',
  'inbox.column.kind': 'Loại',
  'inbox.column.action': 'Cần làm',
  'inbox.column.unit': 'Đơn vị',
  'inbox.column.campaign': 'Phong trào',
  'inbox.column.due': 'Hạn',

  'due.toBeAnnounced': 'sẽ thông báo sau',
  'due.today': 'hôm nay',
  'due.overdueToday': 'quá hạn hôm nay',
  'due.daysLeft': 'còn {days} ngày',
  'due.daysOverdue': 'quá hạn {days} ngày',

  'kind.launch': 'Phát động, đăng ký thi đua',
  'kind.implementation': 'Báo cáo triển khai',
  'kind.interim_review': 'Sơ kết',
  'kind.final_review': 'Tổng kết',
  'kind.nomination': 'Đề nghị khen thưởng',
  'kind.request': 'Báo cáo theo yêu cầu',
  'kind.plan_approval': 'Duyệt kế hoạch',
  'kind.report_approval': 'Duyệt báo cáo',
  'kind.extension_decision': 'Quyết định gia hạn',

  'action.submit': 'Nộp báo cáo',
  'action.approve': 'Phê duyệt',
  'action.decide_extension': 'Quyết định gia hạn',
  'action.sign': 'Ký ban hành',

  'role.specialist': 'Chuyên viên',
  'role.leader': 'Lãnh đạo',
  'role.deputy_leader': 'Phó lãnh đạo',
  'role.council_member': 'Thành viên Hội đồng TĐKT',
  'role.council_secretary': 'Thư ký Hội đồng TĐKT',
  'role.board_appraiser': 'Cán bộ thẩm định Ban TĐKT',
  'role.auditor': 'Thanh tra / kiểm toán',
  'role.admin': 'Quản trị',

  'campaigns.heading': 'Phong trào thi đua',
  'campaigns.search': 'Tìm theo tên, số kế hoạch, đơn vị (không cần dấu)',
  'campaigns.empty': 'Không có phong trào nào.',
  'campaigns.column.title': 'Tên phong trào',
  'campaigns.column.planNumber': 'Số kế hoạch',
  'campaigns.column.issuer': 'Đơn vị ban hành',
  'campaigns.column.year': 'Năm',
  'campaigns.column.status': 'Trạng thái',
  'campaigns.column.issuedAt': 'Ngày ban hành',

  'status.in_approval': 'Đang trình duyệt',
  'status.rejected': 'Bị từ chối',
  'status.expired': 'Hết hiệu lực',
  'status.issued': 'Đã ban hành',
  'status.running': 'Đang triển khai',
  'status.suspended': 'Tạm dừng',
  'status.closed': 'Đã kết thúc',
  'status.cancelled': 'Đã hủy',

  'campaign.heading': 'Phong trào',
  'campaign.placeholder': 'Trang chi tiết phong trào đang được xây dựng.',
  'campaign.back': 'Danh sách phong trào',
} as const;

export type MessageKey = keyof typeof vi;
export type Catalogue = Record<MessageKey, string>;

export const en: Catalogue = {
  'app.title': 'Emulation & Commendation',
  'app.loading': 'Loading…',
  'app.loadFailed': 'Could not load the data. Please try again.',
  'app.retry': 'Retry',
  'app.notFound': 'This page does not exist.',
  'app.backHome': 'Back to the inbox',

  'login.heading': 'Sign in',
  'login.subtitle': 'Emulation and commendation management',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.usernameRequired': 'Please enter your username',
  'login.passwordRequired': 'Please enter your password',
  'login.submit': 'Sign in',
  'login.wrongCredentials': 'Wrong username or password.',
  'login.failed': 'Could not sign in. Please try again.',
  'login.sessionExpired': 'Your session has expired. Please sign in again.',

  'header.language': 'Language',
  'header.logout': 'Sign out',
  'header.roles': 'Roles',

  'nav.inbox': 'Inbox',
  'nav.campaigns': 'Campaigns',

  'inbox.heading': 'Inbox',
  'inbox.empty': 'Nothing is waiting for you.',
  'inbox.filterKind': 'Kind',
  'inbox.filterCampaign': 'Campaign',
  'inbox.allKinds': 'All kinds',
  'inbox.allCampaigns': 'All campaigns',
  'inbox.column.title': 'Task',
  'inbox.column.kind': 'Kind',
  'inbox.column.action': 'To do',
  'inbox.column.unit': 'Unit',
  'inbox.column.campaign': 'Campaign',
  'inbox.column.due': 'Due',

  'due.toBeAnnounced': 'to be announced',
  'due.today': 'today',
  'due.overdueToday': 'overdue today',
  'due.daysLeft': '{days} days left',
  'due.daysOverdue': '{days} days overdue',

  'kind.launch': 'Launch and registration',
  'kind.implementation': 'Implementation report',
  'kind.interim_review': 'Interim review',
  'kind.final_review': 'Final review',
  'kind.nomination': 'Award nominations',
  'kind.request': 'Requested report',
  'kind.plan_approval': 'Plan approval',
  'kind.report_approval': 'Report approval',
  'kind.extension_decision': 'Extension decision',

  'action.submit': 'Submit',
  'action.approve': 'Approve',
  'action.decide_extension': 'Decide on extension',
  'action.sign': 'Sign',

  'role.specialist': 'Specialist',
  'role.leader': 'Leader',
  'role.deputy_leader': 'Deputy leader',
  'role.council_member': 'Council member',
  'role.council_secretary': 'Council secretary',
  'role.board_appraiser': 'Board appraiser',
  'role.auditor': 'Auditor',
  'role.admin': 'Administrator',

  'campaigns.heading': 'Emulation campaigns',
  'campaigns.search': 'Search by title, plan number, unit',
  'campaigns.empty': 'No campaigns.',
  'campaigns.column.title': 'Title',
  'campaigns.column.planNumber': 'Plan number',
  'campaigns.column.issuer': 'Issued by',
  'campaigns.column.year': 'Year',
  'campaigns.column.status': 'Status',
  'campaigns.column.issuedAt': 'Issued on',

  'status.in_approval': 'In approval',
  'status.rejected': 'Rejected',
  'status.expired': 'Expired',
  'status.issued': 'Issued',
  'status.running': 'Running',
  'status.suspended': 'Suspended',
  'status.closed': 'Closed',
  'status.cancelled': 'Cancelled',

  'campaign.heading': 'Campaign',
  'campaign.placeholder': 'The campaign page is being built.',
  'campaign.back': 'All campaigns',
};

export type Language = 'vi' | 'en';
export const catalogues: Record<Language, Catalogue> = { vi, en };

/** A message with its `{name}` parameters filled in; an unknown parameter is left visible, so it is noticed. */
export function formatMessage(catalogue: Catalogue, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogue[key];
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
}
