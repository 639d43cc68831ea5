import type { NomineeKind } from './award-catalogue.types';
import type { Nominee } from './nomination.types';

export const NOMINEE_KIND_LABELS_VI: Record<NomineeKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
  enterprise: 'doanh nghiệp',
};

/** How a nominee is named to an official: "Nguyễn Văn A", "hộ ông Đặng Văn B", "Công ty …"; empty when the name is missing. */
export function nomineeName(nominee: Nominee): string {
  switch (nominee.kind) {
    case 'individual':
      return nominee.fullName?.trim() ?? '';
    case 'household':
      return nominee.headFullName?.trim() ? `hộ ${nominee.headFullName.trim()}` : '';
    case 'collective':
    case 'enterprise':
      return nominee.name?.trim() ?? '';
  }
}
