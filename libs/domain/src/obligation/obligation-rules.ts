import { refuse, Refusal } from '../approval/refusal';
import type { ActorRef, Capacity } from '../approval/approval.types';
import type { Role } from '../org/roles';
import type { Assignment, ObligationContent, ObligationEvent, ObligationSpec, ObligationState } from './obligation.types';

/** Roles that prepare and send a unit's work; roles that approve it in the unit's name. */
export const SUBMITTING_ROLES: Role[] = ['specialist', 'leader', 'deputy_leader'];
export const APPROVING_ROLES: Role[] = ['leader', 'deputy_leader'];

/** Where an obligation sits in the org: the unit that owes it and the unit it reports to. */
export interface ObligationParties {
  unitCode: string;
  reportsTo: string;
}

export function openObligation(spec: ObligationSpec): ObligationState {
  return {
    spec,
    status: 'pending',
    dueAt: spec.dueAt,
    remindersSent: 0,
    lastAlarmAt: null,
    escalated: false,
    extensions: [],
    history: [],
    version: 0,
  };
}

/** Once the campaign is ended, nothing more can be done on its obligations. */
const ended = (o: ObligationState): Refusal | undefined =>
  o.status === 'closed' || o.status === 'cancelled'
    ? refuse('conflict', `Phong trào đã ${o.status === 'closed' ? 'kết thúc' : 'bị hủy'}; "${o.spec.title}" không còn phải thực hiện.`)
    : undefined;

const holds = (actor: ActorRef, unitCode: string, roles: Role[]) =>
  actor.unitCode === unitCode && actor.roles.some((r) => roles.includes(r));
/** The extension request still waiting for the parent's answer, if any. */
export const pendingExtension = (o: ObligationState) => o.extensions.find((e) => !e.decision);

export function refuseSubmit(
  o: ObligationState,
  parties: ObligationParties,
  actor: ActorRef,
  content: ObligationContent,
): Refusal | undefined {
  const over = ended(o);
  if (over) return over;
  if (!holds(actor, parties.unitCode, SUBMITTING_ROLES))
    return refuse('forbidden', `Chỉ cán bộ của đơn vị ${parties.unitCode} được gửi "${o.spec.title}".`);
  if (o.status === 'pending') return refuse('conflict', `"${o.spec.title}" chưa mở (mở từ ${o.spec.opensAt}).`);
  if (o.status === 'submitted' || o.status === 'approved')
    return refuse('conflict', `"${o.spec.title}" đã được gửi; chờ lãnh đạo duyệt hoặc trả lại.`);
  if (!content?.summary?.trim()) return refuse('invalid', 'Nội dung báo cáo (summary) không được để trống.');
  const badKpi = Object.entries(content.kpiValues ?? {}).find(([, v]) => typeof v !== 'number' || !Number.isFinite(v));
  if (badKpi) return refuse('invalid', `Giá trị chỉ tiêu "${badKpi[0]}" phải là một số.`);
  if (content.nominationDecisions?.length && parties.unitCode !== parties.reportsTo) {
    return refuse('forbidden', 'Chỉ cơ quan ban hành kế hoạch quyết định các đề nghị khen thưởng.');
  }
  return undefined;
}

export function refuseDecide(
  o: ObligationState,
  parties: ObligationParties,
  actor: ActorRef,
  action: 'approve' | 'return',
  comment?: string,
): Refusal | undefined {
  const over = ended(o);
  if (over) return over;
  if (!holds(actor, parties.unitCode, APPROVING_ROLES))
    return refuse('forbidden', `Chỉ lãnh đạo đơn vị ${parties.unitCode} được duyệt "${o.spec.title}".`);
  if (o.status !== 'submitted') return refuse('conflict', `"${o.spec.title}" không ở trạng thái chờ duyệt (hiện: ${o.status}).`);
  if (action === 'return' && !comment?.trim()) return refuse('invalid', 'Trả lại phải kèm ý kiến nêu rõ cần sửa gì.');
  return undefined;
}

export function refuseRequestExtension(
  o: ObligationState,
  parties: ObligationParties,
  actor: ActorRef,
  proposedDueAt: string,
  reason: string,
): Refusal | undefined {
  const over = ended(o);
  if (over) return over;
  if (!holds(actor, parties.unitCode, SUBMITTING_ROLES))
    return refuse('forbidden', `Chỉ cán bộ của đơn vị ${parties.unitCode} được xin gia hạn.`);
  if (o.status === 'approved' || o.status === 'submitted') return refuse('conflict', `"${o.spec.title}" đã được gửi; không cần gia hạn.`);
  if (pendingExtension(o)) return refuse('conflict', 'Đã có một đề nghị gia hạn đang chờ cấp trên quyết định.');
  if (o.dueAt === null) return refuse('conflict', `Hạn của "${o.spec.title}" sẽ được thông báo sau; chưa cần gia hạn.`);
  if (!reason?.trim()) return refuse('invalid', 'Đề nghị gia hạn phải nêu lý do.');
  if (!isInstant(proposedDueAt) || Date.parse(proposedDueAt) <= Date.parse(o.dueAt))
    return refuse('invalid', `Hạn đề nghị phải là thời điểm hợp lệ sau hạn hiện tại (${o.dueAt}).`);
  return undefined;
}

export function refuseDecideExtension(
  o: ObligationState,
  parties: ObligationParties,
  actor: ActorRef,
  grant: boolean,
  newDueAt?: string,
): Refusal | undefined {
  const over = ended(o);
  if (over) return over;
  if (!holds(actor, parties.reportsTo, APPROVING_ROLES))
    return refuse('forbidden', `Chỉ lãnh đạo đơn vị cấp trên (${parties.reportsTo}) được quyết định gia hạn.`);
  if (!pendingExtension(o)) return refuse('conflict', 'Không có đề nghị gia hạn nào đang chờ quyết định.');
  if (grant && newDueAt !== undefined && (!isInstant(newDueAt) || (o.dueAt !== null && Date.parse(newDueAt) <= Date.parse(o.dueAt)))) {
    return refuse('invalid', `Hạn mới phải là thời điểm hợp lệ sau hạn hiện tại (${o.dueAt}).`);
  }
  return undefined;
}

/** Who must act next; null when nobody does. A pending extension puts the parent's leader in the loop too, but the unit still owes the work. */
export function assignmentOf(o: ObligationState, parties: ObligationParties): Assignment | null {
  if (pendingExtension(o)) return { unitCode: parties.reportsTo, roles: APPROVING_ROLES, action: 'decide_extension' };
  if (o.status === 'open' || o.status === 'returned') return { unitCode: parties.unitCode, roles: SUBMITTING_ROLES, action: 'submit' };
  if (o.status === 'submitted') return { unitCode: parties.unitCode, roles: APPROVING_ROLES, action: 'approve' };
  return null;
}

export function withEvent(o: ObligationState, event: ObligationEvent, change: Partial<ObligationState>): ObligationState {
  return { ...o, ...change, history: [...o.history, event], version: o.version + 1 };
}

function isInstant(text: string): boolean {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text));
}

/**
 * A deputy decides in place of the head ("KT."); an official under the head's delegation "TUQ."; the head
 * decides in their own name, or on behalf of the body ("TM.") when they say so.
 */
export function decisionCapacity(actor: ActorRef, requested?: Capacity): Capacity {
  if (actor.delegatedBy) return 'TUQ';
  if (!actor.roles.includes('leader') && actor.roles.includes('deputy_leader')) return 'KT';
  return requested === 'TM' ? 'TM' : null;
}
