import type { Alarm, ObligationParties, ObligationState } from '@tdkt/domain';
import { APPROVING_ROLES, SUBMITTING_ROLES } from '@tdkt/domain';
import type { NotificationRequest, ParticipationInput } from '@tdkt/contracts';
import { alarmNotice as noticeOf } from '../tasks/alarm-notice';
import { formatDeadline } from '../tasks/vietnam-time';

/** The notice a duty's alarm sends: reminders to the unit, escalation to the leaders of the unit it reports to. */
export function alarmNotice(input: ParticipationInput, parties: ObligationParties, o: ObligationState, alarm: Alarm): NotificationRequest {
  const due = formatDeadline(o.dueAt);
  const what = `"${o.spec.title}" – ${input.campaignTitle} (${input.planNumber})`;
  const wait = {
    key: `${input.campaignId}|${input.unitCode}|${o.spec.key}`,
    campaignId: input.campaignId,
    candidates: { unitCode: parties.unitCode, roles: SUBMITTING_ROLES },
    escalateTo: { unitCode: parties.reportsTo, roles: APPROVING_ROLES },
  };
  return noticeOf(wait, alarm, {
    escalation: {
      subject: `[Quá hạn] ${input.unitName} chưa hoàn thành ${o.spec.title}`,
      body: `${input.unitName} chưa hoàn thành ${what}, hạn ${due}. Đề nghị đồng chí chỉ đạo, đôn đốc.`,
    },
    overdue: { subject: `[Quá hạn] ${o.spec.title}`, body: `Đơn vị chưa hoàn thành ${what}; hạn đã qua lúc ${due}.` },
    due_today: { subject: `[Đến hạn] ${o.spec.title}`, body: `Hôm nay đến hạn ${what} (hạn ${due}).` },
    reminder: { subject: `[Nhắc việc] ${o.spec.title}`, body: `Đơn vị cần hoàn thành ${what} trước ${due}.` },
  });
}
