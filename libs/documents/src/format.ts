// Pure formatters for the texts of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I).
import { CashReward } from './types';

/** A calendar date parsed from ISO 8601 "YYYY-MM-DD". */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads "YYYY-MM-DD", rejecting malformed text and dates that do not exist (2026-02-30). */
export function parseIsoDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`No such date: "${iso}"`);
  }
  return { year, month, day };
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/**
 * The place and date line: "Tuyên Quang, ngày 29 tháng 11 năm 2026".
 * As the decree asks, days below 10 and the months 1 and 2 take a leading zero
 * ("ngày 05 tháng 02 năm 2026"); months 3 to 9 do not ("ngày 05 tháng 3 năm 2026").
 */
export function formatPlaceDateLine(place: string, isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthText = month <= 2 ? twoDigits(month) : String(month);
  return `${place.trim()}, ngày ${twoDigits(day)} tháng ${monthText} năm ${year}`;
}

/** A date in the short numeric form used in references: "29/11/2026", "05/02/2026". */
export function formatShortDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${twoDigits(day)}/${twoDigits(month)}/${year}`;
}

/**
 * A document's number and symbol: "12/QĐ-UBND"; numbers below 10 take a leading zero ("05/QĐ-UBND").
 * Without a number (a draft not yet registered) the number is left blank for the clerk to write in.
 */
export function formatDocumentNumber(number: number | undefined, symbol: string): string {
  if (number === undefined) return `\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/${symbol}`;
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`A document number is a positive integer: ${number}`);
  return `${twoDigits(number)}/${symbol}`;
}

/** The reference to a decision printed on a certificate: "Quyết định số 12/QĐ-UBND ngày 29/11/2026". */
export function formatDecisionReference(number: number, symbol: string, isoDate: string): string {
  return `Quyết định số ${formatDocumentNumber(number, symbol)} ngày ${formatShortDate(isoDate)}`;
}

/** An integer with dots between thousands: 2340000 → "2.340.000", -702000 → "-702.000". */
export function formatGroupedInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number: ${value}`);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${digits}` : digits;
}

/** An amount of money in đồng: 702000 → "702.000 đồng" (rounded to the whole đồng). */
export function formatDong(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Not an amount: ${amount}`);
  return `${formatGroupedInteger(Math.round(amount))} đồng`;
}

/**
 * A multiple of the base salary with a decimal comma and at least one decimal: 1 → "1,0", 0.3 → "0,3", 1.5 → "1,5", 0.25 → "0,25".
 */
export function formatMultiple(multiple: number): string {
  if (!Number.isFinite(multiple) || multiple < 0) throw new RangeError(`Not a multiple: ${multiple}`);
  const text = Number.isInteger(multiple) ? multiple.toFixed(1) : String(Number(multiple.toFixed(4)));
  return text.replace('.', ',');
}

/** A cash reward: the multiple times the base salary, to the whole đồng (0.3 × 2.340.000 = 702.000). */
export function rewardAmount(multiple: number, baseSalary: number): number {
  // Work in ten-thousandths of the multiple so that 0.3 × 2340000 does not come out as 701999.9999.
  return Math.round((Math.round(multiple * 10_000) * baseSalary) / 10_000);
}

/** Upper case with the Vietnamese rules (the same as the root locale for Vietnamese letters, stated for clarity). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** One cash reward sentence of Điều 2: "Mỗi cá nhân được tặng kèm theo tiền thưởng bằng 0,3 lần mức lương cơ sở, tương đương 702.000 đồng." */
export function formatCashReward(reward: CashReward): string {
  const amount = formatDong(rewardAmount(reward.multiple, reward.baseSalary));
  return `${reward.recipient.trim()} được tặng kèm theo tiền thưởng bằng ${formatMultiple(reward.multiple)} lần mức lương cơ sở, tương đương ${amount}.`;
}
