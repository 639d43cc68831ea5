import { said, type Bilingual } from '../../common/problem/said';

const clock = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false });
const CLOCK_VI = clock('vi-VN');
const CLOCK_EN = clock('en-GB');

/** What a locked-out official reads: why, how long, and the wall-clock time (Vietnam) to try again; in both languages. */
export function lockoutMessage(scope: 'account' | 'address', retryAfterSeconds: number, lockedUntil: Date): Bilingual {
  return said('throttle.locked', {
    scope,
    retryAfterSeconds,
    lockedUntilVi: CLOCK_VI.format(lockedUntil),
    lockedUntilEn: CLOCK_EN.format(lockedUntil),
  });
}
