import type { NotificationRequest, ParticipationInput } from '@tdkt/contracts';
import type { CampaignChange, DutiesHandover, ObligationParties } from '@tdkt/domain';
import { SUBMITTING_ROLES } from '@tdkt/domain';
import { formatDeadline, formatVietnamTime } from '../tasks/vietnam-time';

/** One duty a change concerns: its deadline before and after, or kept because the unit had already acted. */
export interface RescheduledDuty {
  title: string;
  before: string | null;
  after: string | null;
  kept: boolean;
}

/**
 * What the unit is told of the issuer's change: the reason and, duty by duty, what it means for the unit.
 * Null when an amendment changed nothing the unit owes.
 */
export function changeNotice(input: ParticipationInput, change: CampaignChange, duties: RescheduledDuty[]): NotificationRequest | null {
  const about = `${input.campaignTitle} (${input.planNumber})`;
  const base = {
    campaignId: input.campaignId,
    recipients: { unitCode: input.unitCode, roles: SUBMITTING_ROLES },
    kind: 'plan_change' as const,
  };
  const lines = duties.map((d) =>
    d.kept
      ? `- ${d.title}: đơn vị đã gửi, thời hạn không đổi (${formatDeadline(d.before)}).`
      : `- ${d.title}: hạn mới ${formatDeadline(d.after)} (trước đây: ${formatDeadline(d.before)}).`,
  );
  switch (change.kind) {
    case 'amended':
      if (!duties.length) return null;
      return {
        ...base,
        dedupeKey: `${input.campaignId}|${input.unitCode}|amendment#${change.amendmentNumber}`,
        subject: `[Điều chỉnh kế hoạch lần ${change.amendmentNumber}] ${input.campaignTitle}`,
        body: `Kế hoạch ${about} được điều chỉnh (lần ${change.amendmentNumber}). Lý do: ${change.reason}\n${lines.join('\n')}`,
      };
    case 'suspended':
      return {
        ...base,
        dedupeKey: `${input.campaignId}|${input.unitCode}|suspended@${change.at}`,
        subject: `[Tạm dừng] ${input.campaignTitle}`,
        body: `${about} tạm dừng từ ${formatVietnamTime(change.at)}. Lý do: ${change.reason}\nTrong thời gian tạm dừng, đơn vị chưa gửi báo cáo và không nhận nhắc việc.`,
      };
    case 'resumed':
      return {
        ...base,
        dedupeKey: `${input.campaignId}|${input.unitCode}|resumed@${change.at}`,
        subject: `[Tiếp tục] ${input.campaignTitle}`,
        body:
          `${about} được tiếp tục từ ${formatVietnamTime(change.at)}. Lý do: ${change.reason}` +
          (lines.length ? `\nThời hạn được lùi tương ứng thời gian tạm dừng:\n${lines.join('\n')}` : ''),
      };
  }
}

/** What a successor is told when it takes over a merged, split or dissolved unit's duties in a running campaign. */
export function inheritedDutiesNotice(
  input: ParticipationInput,
  handover: DutiesHandover,
  after: ObligationParties,
  titles: string[],
): NotificationRequest {
  const effective = handover.effectiveOn.split('-').reverse().join('/');
  return {
    dedupeKey: `${input.campaignId}|${input.unitCode}|handover#${handover.changeId}`,
    campaignId: input.campaignId,
    recipients: { unitCode: after.unitCode, roles: SUBMITTING_ROLES },
    kind: 'plan_change',
    subject: `Tiếp nhận nhiệm vụ của ${input.unitName}: ${input.campaignTitle} (${input.planNumber})`,
    body: [
      `Từ ngày ${effective}, đơn vị ${after.unitCode} tiếp nhận các nhiệm vụ còn lại của ${input.unitName} (${input.unitCode}) trong phong trào "${input.campaignTitle}":`,
      ...titles.map((title) => `- ${title}`),
      `Lý do: ${handover.reason}`,
    ].join('\n'),
  };
}
