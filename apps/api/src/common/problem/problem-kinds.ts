import type { Language } from './language';

/**
 * The kinds of problem the API answers with, each a stable relative URI in `type` (RFC 9457 §3.1.1) and a short title
 * in each language. A client branches on `type` (or the status), shows `detail`, and puts each `errors[]` entry next to
 * the field its `path` names.
 */
export const PROBLEM_KINDS = {
  validation: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' },
  unauthorized: { status: 401, vi: 'Cần đăng nhập', en: 'Sign-in required' },
  forbidden: { status: 403, vi: 'Không có quyền', en: 'Not allowed' },
  'not-found': { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  conflict: { status: 409, vi: 'Không còn thực hiện được', en: 'No longer possible' },
  'payload-too-large': { status: 413, vi: 'Nội dung quá lớn', en: 'Request body too large' },
  'too-many-attempts': { status: 429, vi: 'Quá nhiều lần thử', en: 'Too many attempts' },
  'request-refused': { status: 0, vi: 'Yêu cầu không được chấp nhận', en: 'Request refused' },
  internal: { status: 500, vi: 'Lỗi hệ thống', en: 'Internal error' },
  unavailable: { status: 503, vi: 'Hệ thống chưa sẵn sàng', en: 'Service unavailable' },
  'workflow-unavailable': { status: 503, vi: 'Hệ thống quy trình tạm thời gián đoạn', en: 'Workflow service unavailable' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export const problemType = (kind: ProblemKind): string => `/problems/${kind}`;

export const problemTitle = (kind: ProblemKind, language: Language): string => PROBLEM_KINDS[kind][language];

/** The kind an HTTP status stands for when nothing more specific is known (a 405, 415… is a refused request). */
export function kindOfStatus(status: number): ProblemKind {
  const found = (Object.entries(PROBLEM_KINDS) as [ProblemKind, { status: number }][]).find(([, kind]) => kind.status === status);
  if (found) return found[0];
  return status >= 500 ? 'internal' : 'request-refused';
}
