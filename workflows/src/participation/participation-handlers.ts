import type { UpdateDefinition } from '@temporalio/common';
import { setHandler } from '@temporalio/workflow';
import {
  decideExtensionUpdate,
  decideObligationUpdate,
  ObligationActionResult,
  ParticipationInput,
  participationStateQuery,
  ParticipationState,
  refusalFailure,
  requestExtensionUpdate,
  submitObligationUpdate,
} from '@tdkt/contracts';
import {
  decisionCapacity,
  obligationEventEntries,
  ObligationState,
  refuse,
  Refusal,
  refuseDecide,
  refuseDecideExtension,
  refuseRequestExtension,
  refuseSubmit,
  taskDueAt,
  withEvent,
} from '@tdkt/domain';
import { notificationActivities } from '../campaign-activities.proxy';
import { ANSWER_BEFORE_PROJECTION, EXTENSION_DECISION_CLOCKS, HUMAN_TASK_CLOCKS, applied } from '../patches';
import { formatVietnamTime } from '../tasks/vietnam-time';
import { workflowCalendar } from '../tasks/workflow-calendar';
import { decisionNotice } from './decision-notices';
import type { IssuerChanges } from './issuer-changes';
import type { ObligationBoard } from './obligation-board';

interface Action {
  requestId: string;
  obligationKey: string;
}

/**
 * Wires each human action as an Update: the validator refuses before anything is written; the handler
 * checks again (a concurrent action may have won meanwhile), applies, and answers with the event and the
 * projection still to be written (histories from before that answered once the read models showed the change).
 * A request id already in the history returns its first event. While the campaign is suspended every action
 * is refused: its clocks are stopped.
 */
function defineAction<A extends Action>(
  input: ParticipationInput,
  board: ObligationBoard,
  changes: IssuerChanges,
  update: UpdateDefinition<ObligationActionResult, [A]>,
  refusalOf: (o: ObligationState, request: A) => Refusal | undefined,
  apply: (o: ObligationState, request: A, at: string) => ObligationState,
): void {
  const suspended = () =>
    changes.suspendedSince
      ? refuse(
          'conflict',
          `Phong trào đang tạm dừng từ ${formatVietnamTime(changes.suspendedSince)}; chưa thể thực hiện cho đến khi phong trào được tiếp tục.`,
        )
      : undefined;
  const earlier = (request: A) => board.obligations.flatMap((o) => o.history).find((e) => e.requestId === request.requestId);
  const check = (request: A) => {
    const o = board.get(request.obligationKey);
    const refusal = !o
      ? refuse('invalid', `Đơn vị không có nghĩa vụ "${request.obligationKey}" trong phong trào này.`)
      : (suspended() ?? refusalOf(o, request));
    if (refusal) throw refusalFailure(refusal);
    return o!;
  };
  setHandler(
    update,
    async (request) => {
      const previous = earlier(request);
      if (previous) return { event: previous };
      const before = check(request);
      const next = apply(before, request, new Date().toISOString());
      const steps = obligationEventEntries(before, next, input.unitCode);
      const event = next.history[next.history.length - 1];
      if (applied(ANSWER_BEFORE_PROJECTION)) {
        // One workflow task: the projection and the notice follow on the unit's chain; the caller may write the projection now.
        return { event, projection: board.answer(next, steps, decisionNotice(input, next, event)) };
      }
      await board.replace(next, steps);
      const notice = applied(HUMAN_TASK_CLOCKS) ? decisionNotice(input, next, event) : null;
      if (notice) await notificationActivities.notify(notice);
      return { event };
    },
    { validator: (request) => void (earlier(request) ?? check(request)) },
  );
}

export function registerParticipationHandlers(
  input: ParticipationInput,
  board: ObligationBoard,
  state: () => ParticipationState,
  changes: IssuerChanges,
): void {
  setHandler(participationStateQuery, state);

  defineAction(
    input,
    board,
    changes,
    submitObligationUpdate,
    (o, r) => refuseSubmit(o, board.parties, r.actor, r.content),
    (o, r, at) =>
      withEvent(
        o,
        { requestId: r.requestId, action: 'submit', actor: r.actor, at, comment: null },
        { status: 'submitted', content: r.content },
      ),
  );

  defineAction(
    input,
    board,
    changes,
    decideObligationUpdate,
    (o, r) => refuseDecide(o, board.parties, r.actor, r.action, r.comment),
    (o, r, at) =>
      withEvent(
        o,
        {
          requestId: r.requestId,
          action: r.action,
          actor: r.actor,
          at,
          comment: r.comment?.trim() || null,
          capacity: decisionCapacity(r.actor, r.capacity),
        },
        {
          status: r.action === 'approve' ? 'approved' : 'returned',
        },
      ),
  );

  defineAction(
    input,
    board,
    changes,
    requestExtensionUpdate,
    (o, r) => refuseRequestExtension(o, board.parties, r.actor, r.proposedDueAt, r.reason),
    (o, r, at) =>
      withEvent(
        o,
        { requestId: r.requestId, action: 'request_extension', actor: r.actor, at, comment: r.reason.trim() },
        {
          extensions: [
            ...o.extensions,
            {
              requestId: r.requestId,
              requestedBy: r.actor,
              requestedAt: at,
              proposedDueAt: r.proposedDueAt,
              reason: r.reason.trim(),
              ...(applied(EXTENSION_DECISION_CLOCKS) ? { decisionClock: extensionDecisionClock(input, at) } : {}),
            },
          ],
        },
      ),
  );

  defineAction(
    input,
    board,
    changes,
    decideExtensionUpdate,
    (o, r) => refuseDecideExtension(o, board.parties, r.actor, r.grant, r.newDueAt),
    (o, r, at) => {
      const newDueAt = r.grant ? (r.newDueAt ?? o.extensions[o.extensions.length - 1].proposedDueAt) : undefined;
      const decision = { by: r.actor, at, granted: r.grant, newDueAt, comment: r.comment?.trim() || null };
      const event = {
        requestId: r.requestId,
        action: r.grant ? 'grant_extension' : 'refuse_extension',
        actor: r.actor,
        at,
        comment: decision.comment,
        capacity: decisionCapacity(r.actor),
      } as const;
      return withEvent(o, event, {
        extensions: o.extensions.map((e) => (e.decision ? e : { ...e, decision })),
        // A granted extension moves the deadline; the escalation already sent stays on record.
        ...(newDueAt ? { dueAt: newDueAt } : {}),
      });
    },
  );
}

/** The parent's answer to a request falls due by the plan's `extension_decision` limit, counted from the request. */
function extensionDecisionClock(input: ParticipationInput, requestedAt: string) {
  const dueAt = taskDueAt(
    'extension_decision',
    new Date(requestedAt),
    input.taskLimits,
    workflowCalendar(input.calendarOverrides, input.nationalCalendar),
  ).toISOString();
  return { dueAt, lastAlarmAt: requestedAt, escalated: false };
}
