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
    ? refuse(
        'conflict',
        `Phong trào đã ${o.status === 'closed' ? 'kết thúc' : 'bị hủy'}; "${o.spec.title}" không còn phải thực hiện.`,
        `The campaign has ${o.status === 'closed' ? 'ended' : 'been cancelled'}; "${o.spec.title}" is no longer owed.`,
      )
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
    return refuse(
      'forbidden',
      `Chỉ cán bộ của đơn vị ${parties.unitCode} được gửi "${o.spec.title}".`,
      `Only officials of unit ${parties.unitCode} may send "${o.spec.title}".`,
    );
  if (o.status === 'pending')
    return refuse(
      'conflict',
      `"${o.spec.title}" chưa mở (mở từ ${o.spec.opensAt}).`,
      `"${o.spec.title}" is not open yet (it opens ${o.spec.opensAt}).`,
    );
  if (o.status === 'submitted' || o.status === 'approved')
    return refuse(
      'conflict',
      `"${o.spec.title}" đã được gửi; chờ lãnh đạo duyệt hoặc trả lại.`,
      `"${o.spec.title}" has already been sent; it waits for a leader to approve or return it.`,
    );
  if (!content?.summary?.trim())
    return refuse('invalid', 'Nội dung báo cáo (summary) không được để trống.', 'The report (summary) must not be empty.');
  const badKpi = Object.entries(content.kpiValues ?? {}).find(([, v]) => typeof v !== 'number' || !Number.isFinite(v));
  if (badKpi)
    return refuse('invalid', `Giá trị chỉ tiêu "${badKpi[0]}" phải là một số.`, `The value of indicator "${badKpi[0]}" must be a number.`);
  if (content.nominationDecisions?.length && parties.unitCode !== parties.reportsTo) {
    return refuse(
      'forbidden',
      'Chỉ cơ quan ban hành kế hoạch quyết định các đề nghị khen thưởng.',
      'Only the body that issued the plan decides on award nominations.',
    );
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
    return refuse(
      'forbidden',
      `Chỉ lãnh đạo đơn vị ${parties.unitCode} được duyệt "${o.spec.title}".`,
      `Only a leader of unit ${parties.unitCode} may approve "${o.spec.title}".`,
    );
  if (o.status !== 'submitted')
    return refuse(
      'conflict',
      `"${o.spec.title}" không ở trạng thái chờ duyệt (hiện: ${o.status}).`,
      `"${o.spec.title}" is not waiting for approval (it is ${o.status}).`,
    );
  if (action === 'return' && !comment?.trim())
    return refuse('invalid', 'Trả lại phải kèm ý kiến nêu rõ cần sửa gì.', 'A return must come with a comment saying what to correct.');
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
    return refuse(
      'forbidden',
      `Chỉ cán bộ của đơn vị ${parties.unitCode} được xin gia hạn.`,
      `Only officials of unit ${parties.unitCode} may ask for more time.`,
    );
  if (o.status === 'approved' || o.status === 'submitted')
    return refuse(
      'conflict',
      `"${o.spec.title}" đã được gửi; không cần gia hạn.`,
      `"${o.spec.title}" has been sent; no more time is needed.`,
    );
  if (pendingExtension(o))
    return refuse(
      'conflict',
      'Đã có một đề nghị gia hạn đang chờ cấp trên quyết định.',
      'A request for more time is already waiting for the unit above to decide.',
    );
  if (o.dueAt === null)
    return refuse(
      'conflict',
      `Hạn của "${o.spec.title}" sẽ được thông báo sau; chưa cần gia hạn.`,
      `The deadline of "${o.spec.title}" will be announced later; no extension is needed yet.`,
    );
  if (!reason?.trim()) return refuse('invalid', 'Đề nghị gia hạn phải nêu lý do.', 'A request for more time must give a reason.');
  if (!isInstant(proposedDueAt) || Date.parse(proposedDueAt) <= Date.parse(o.dueAt))
    return refuse(
      'invalid',
      `Hạn đề nghị phải là thời điểm hợp lệ sau hạn hiện tại (${o.dueAt}).`,
      `The proposed deadline must be a valid time after the current one (${o.dueAt}).`,
    );
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
    return refuse(
      'forbidden',
      `Chỉ lãnh đạo đơn vị cấp trên (${parties.reportsTo}) được quyết định gia hạn.`,
      `Only a leader of the unit above (${parties.reportsTo}) may decide on more time.`,
    );
  if (!pendingExtension(o))
    return refuse('conflict', 'Không có đề nghị gia hạn nào đang chờ quyết định.', 'No request for more time is waiting for a decision.');
  if (grant && newDueAt !== undefined && (!isInstant(newDueAt) || (o.dueAt !== null && Date.parse(newDueAt) <= Date.parse(o.dueAt)))) {
    return refuse(
      'invalid',
      `Hạn mới phải là thời điểm hợp lệ sau hạn hiện tại (${o.dueAt}).`,
      `The new deadline must be a valid time after the current one (${o.dueAt}).`,
    );
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
