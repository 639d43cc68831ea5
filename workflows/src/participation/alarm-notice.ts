import type { Alarm, ObligationParties, ObligationState } from '@tdkt/domain';
import { APPROVING_ROLES, SUBMITTING_ROLES } from '@tdkt/domain';
import type { NotificationRequest, ParticipationInput } from '@tdkt/contracts';
import { formatVietnamTime } from '../tasks/vietnam-time';

/** The notice an alarm sends: reminders to the unit, escalation to the leaders of the unit it reports to. */
export function alarmNotice(input: ParticipationInput, parties: ObligationParties, o: ObligationState, alarm: Alarm): NotificationRequest {
  const due = formatVietnamTime(o.dueAt);
  const what = `"${o.spec.title}" – ${input.campaignTitle} (${input.planNumber})`;
  const base = {
    dedupeKey: `${input.campaignId}|${input.unitCode}|${o.spec.key}|${alarm.kind}|${alarm.at.toISOString()}`,
    campaignId: input.campaignId,
  };
  switch (alarm.kind) {
    case 'escalation':
      return {
        ...base,
        recipients: { unitCode: parties.reportsTo, roles: APPROVING_ROLES },
        kind: 'escalation',
        subject: `[Quá hạn] ${input.unitName} chưa hoàn thành ${o.spec.title}`,
        body: `${input.unitName} chưa hoàn thành ${what}, hạn ${due}. Đề nghị đồng chí chỉ đạo, đôn đốc.`,
      };
    case 'overdue':
      return {
        ...base,
        recipients: { unitCode: parties.unitCode, roles: SUBMITTING_ROLES },
        kind: 'overdue',
        subject: `[Quá hạn] ${o.spec.title}`,
        body: `Đơn vị chưa hoàn thành ${what}; hạn đã qua lúc ${due}.`,
      };
    case 'due_today':
      return {
        ...base,
        recipients: { unitCode: parties.unitCode, roles: SUBMITTING_ROLES },
        kind: 'reminder',
        subject: `[Đến hạn] ${o.spec.title}`,
        body: `Hôm nay đến hạn ${what} (hạn ${due}).`,
      };
    case 'reminder':
      return {
        ...base,
        recipients: { unitCode: parties.unitCode, roles: SUBMITTING_ROLES },
        kind: 'reminder',
        subject: `[Nhắc việc] ${o.spec.title}`,
        body: `Đơn vị cần hoàn thành ${what} trước ${due}.`,
      };
  }
}
