import type { Translate } from '../i18n/i18n-context';
import { formatDateTime } from '../format/vietnam-time';
import { fromVietnamWallClock } from '../format/vietnam-time';

/** A new deadline must be a real date and time, later than the one in force (obligation-rules.ts). */
export function laterDeadlineRule(currentDueAt: string | null, t: Translate) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      if (!value) return Promise.reject(new Error(t('actions.extension.dateRequired')));
      const instant = fromVietnamWallClock(value);
      if (!instant) return Promise.reject(new Error(t('actions.extension.dateInvalid')));
      if (currentDueAt && Date.parse(instant) <= Date.parse(currentDueAt))
        return Promise.reject(new Error(t('actions.extension.dateNotLater', { due: formatDateTime(new Date(currentDueAt)) })));
      return Promise.resolve();
    },
  };
}
