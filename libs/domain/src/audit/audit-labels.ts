import type { AuditAction } from './audit.types';

/** How the timeline names each step, Vietnamese first. */
export const AUDIT_ACTION_LABELS_VI: Record<AuditAction, string> = {
  plan_submitted: 'Trình kế hoạch',
  plan_approved: 'Duyệt kế hoạch',
  plan_returned: 'Trả lại kế hoạch',
  plan_rejected: 'Không duyệt kế hoạch',
  plan_signed: 'Ký ban hành kế hoạch',
  number_assigned: 'Cấp số văn bản',
  campaign_issued: 'Ban hành kế hoạch',
  campaign_rejected: 'Kết thúc: kế hoạch không được duyệt',
  campaign_closed: 'Kết thúc phong trào',
  obligation_opened: 'Giao nhiệm vụ',
  report_submitted: 'Gửi báo cáo',
  report_approved: 'Duyệt báo cáo',
  report_returned: 'Trả lại báo cáo',
  reminder_sent: 'Nhắc việc',
  due_notice_sent: 'Thông báo đến hạn',
  overdue_notice_sent: 'Thông báo quá hạn',
  escalated: 'Báo cáo cấp trên (quá hạn)',
  extension_requested: 'Đề nghị gia hạn',
  extension_granted: 'Đồng ý gia hạn',
  extension_refused: 'Không đồng ý gia hạn',
  nomination_decided: 'Quyết định đề nghị khen thưởng',
  chain_sealed: 'Niêm phong nhật ký',
  history_archived: 'Lưu trữ lịch sử quy trình',
};
