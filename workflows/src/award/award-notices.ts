import type { AwardDossierInput, NotificationRequest } from '@tdkt/contracts';
import { Alarm, AwardRouteStep, Candidates, DossierState, nomineeName } from '@tdkt/domain';
import { alarmNotice } from '../tasks/alarm-notice';
import { formatVietnamTime } from '../tasks/vietnam-time';

const STEP_WORDS: Record<AwardRouteStep['kind'], string> = {
  propose: 'trình danh sách đề nghị khen thưởng',
  endorse: 'xem xét, đề nghị cấp trên khen thưởng',
  appraise: 'thẩm định hồ sơ khen thưởng',
  consult: 'lấy ý kiến hiệp y',
  post: 'trả lời ý kiến phản ánh về danh sách công khai',
  council: 'tổ chức họp Hội đồng Thi đua – Khen thưởng',
  decide: 'ký quyết định khen thưởng',
  forward: 'ký tờ trình lên cấp trung ương',
};

/** What the officials at a step are asked to do; for a forwarded dossier, to record the central outcome. */
export function stepWords(step: AwardRouteStep, state: DossierState): string {
  return state.status === 'forwarded' ? 'cập nhật kết quả khen thưởng của cấp trung ương' : STEP_WORDS[step.kind];
}

const about = (input: AwardDossierInput) =>
  `danh sách ${input.facts.list.nominations.length} người/tập thể của đơn vị ${input.facts.list.nominatingUnitCode} (${input.facts.list.awardKey})`;

export function awardStepOpenedNotice(
  input: AwardDossierInput,
  taskKey: string,
  words: string,
  candidates: Candidates,
  dueAt: string,
): NotificationRequest {
  return {
    dedupeKey: `${input.facts.campaignId}|${taskKey}|opened`,
    campaignId: input.facts.campaignId,
    recipients: candidates,
    kind: 'task',
    subject: `[Việc mới] Khen thưởng: ${words}`,
    body: `Hồ sơ ${about(input)} chờ đồng chí ${words}, hạn ${formatVietnamTime(dueAt)}.`,
  };
}

export function awardStepAlarmNotice(
  input: AwardDossierInput,
  taskKey: string,
  words: string,
  candidates: Candidates,
  escalateTo: Candidates,
  dueAt: string,
  alarm: Alarm,
): NotificationRequest {
  const due = formatVietnamTime(dueAt);
  const wait = { key: `${input.facts.campaignId}|${taskKey}`, campaignId: input.facts.campaignId, candidates, escalateTo };
  return alarmNotice(wait, alarm, {
    escalation: {
      subject: `[Quá hạn] Khen thưởng: ${words}`,
      body: `Hồ sơ ${about(input)} chờ ${words} đã quá hạn (${due}). Đề nghị đồng chí chỉ đạo xử lý.`,
    },
    overdue: { subject: `[Quá hạn] Khen thưởng: ${words}`, body: `Hồ sơ ${about(input)} chờ đồng chí ${words} đã quá hạn ${due}.` },
    due_today: { subject: `[Đến hạn] Khen thưởng: ${words}`, body: `Hôm nay đến hạn ${words} cho hồ sơ ${about(input)} (hạn ${due}).` },
    reminder: { subject: `[Nhắc việc] Khen thưởng: ${words}`, body: `Hồ sơ ${about(input)} chờ đồng chí ${words} trước ${due}.` },
  });
}

/** Tells the nominating unit where its list ended: awarded names with the decision, the others with why. */
export function awardOutcomeNotice(input: AwardDossierInput, state: DossierState): NotificationRequest {
  const lines = state.standings.map((standing, index) => {
    const name = nomineeName(input.facts.list.nominations[index].nominee);
    if (standing.status === 'awarded') return `- ${name}: được khen thưởng (Quyết định số ${standing.decisionNumber}).`;
    if (standing.status === 'not_awarded') return `- ${name}: không được khen thưởng. Lý do: ${standing.reason}`;
    return `- ${name}: chưa có kết quả.`;
  });
  return {
    dedupeKey: `${input.facts.campaignId}|award:${input.facts.dossierId}|outcome`,
    campaignId: input.facts.campaignId,
    recipients: { unitCode: input.facts.list.nominatingUnitCode, roles: ['specialist', 'leader', 'deputy_leader'] },
    kind: 'decision',
    subject: `[Kết quả] Đề nghị khen thưởng (${input.facts.list.awardKey})`,
    body: `Kết quả xét ${about(input)}:\n${lines.join('\n')}`,
  };
}
