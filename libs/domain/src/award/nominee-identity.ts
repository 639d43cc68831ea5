/**
 * Whether a nominee can be told apart from everyone else across years: the identifiers nomineeKey is
 * built from must be there and well formed, or the history (and every prerequisite) would miss them.
 */
import type { Nominee } from './nomination.types';
import { NOMINEE_KIND_LABELS_VI } from './nominee-labels';

export interface IdentityProblem {
  field: string;
  message: string;
}

const PERSONAL_ID = /^\d{12}$/;
/** Mã số thuế: 10 digits, or 10 and a 3-digit branch suffix after a dash. */
const TAX_CODE = /^\d{10}(-\d{3})?$/;

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Each missing or malformed identifying field, with what to write instead. */
export function identityProblems(nominee: Nominee): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const missing = (field: string, what: string) => problems.push({ field: `nominee.${field}`, message: `chưa ghi ${what}` });
  switch (nominee.kind) {
    case 'individual':
      if (blank(nominee.fullName)) missing('fullName', 'họ và tên');
      if (typeof nominee.personalId !== 'string' || !PERSONAL_ID.test(nominee.personalId)) {
        problems.push({
          field: 'nominee.personalId',
          message: `số định danh cá nhân (số CCCD) phải gồm đúng 12 chữ số, không có dấu cách; đang ghi "${nominee.personalId ?? ''}"`,
        });
      }
      break;
    case 'collective':
      if (blank(nominee.name)) missing('name', 'tên tập thể');
      if (blank(nominee.unitCode)) missing('unitCode', 'đơn vị của tập thể (unitCode)');
      break;
    case 'household':
      if (blank(nominee.headFullName)) missing('headFullName', 'họ và tên chủ hộ');
      if (blank(nominee.address)) missing('address', 'địa chỉ của hộ');
      break;
    case 'enterprise':
      if (blank(nominee.name)) missing('name', 'tên doanh nghiệp');
      if (typeof nominee.taxCode !== 'string' || !TAX_CODE.test(nominee.taxCode)) {
        problems.push({
          field: 'nominee.taxCode',
          message: `mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của chi nhánh (ví dụ 5000123456-001); đang ghi "${nominee.taxCode ?? ''}"`,
        });
      }
      if (blank(nominee.address)) missing('address', 'địa chỉ doanh nghiệp');
      break;
    default:
      problems.push({
        field: 'nominee.kind',
        message: `đối tượng phải là ${Object.values(NOMINEE_KIND_LABELS_VI).join(', ')} (${Object.keys(NOMINEE_KIND_LABELS_VI).join(', ')})`,
      });
  }
  return problems;
}
