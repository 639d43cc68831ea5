import type { MessageKey } from '../i18n/messages';

const REFUSAL_MESSAGES: Record<string, MessageKey> = {
  'het-han': 'sso.refused.het-han',
  'khong-khop': 'sso.refused.khong-khop',
  'tu-choi': 'sso.refused.tu-choi',
  'loi-xac-minh': 'sso.refused.loi-xac-minh',
  'thieu-ten': 'sso.refused.thieu-ten',
  'chua-co-tai-khoan': 'sso.refused.chua-co-tai-khoan',
  'tai-khoan-ngung': 'sso.refused.tai-khoan-ngung',
};

/**
 * The message for the login page's `?sso=loi&ly-do=<reason>`, or null when there is none. A reason this app does not
 * know (a newer API) still gets a message.
 */
export function ssoRefusalMessage(search: URLSearchParams): MessageKey | null {
  if (search.get('sso') !== 'loi') return null;
  return REFUSAL_MESSAGES[search.get('ly-do') ?? ''] ?? 'sso.refused.other';
}
