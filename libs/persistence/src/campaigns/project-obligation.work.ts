import type { AtomicWork } from './atomic-sql';
import { sql } from './atomic-sql';
import { inboxKey, ObligationProjectionRecord } from './obligation-projection-record';

/**
 * Upserts the unit's progress row and its inbox item. Each write carries the projection's version and
 * only replaces an older one, so a retry or a late delivery of an older state changes nothing.
 * Returns whether the progress row took this version.
 */
export function* projectObligation(p: ObligationProjectionRecord, unitPath: string, now: Date): AtomicWork<boolean> {
  const { obligation: o, assignment } = p;
  const submittedAt = lastAt(o.history, 'submit');
  const approvedAt = o.status === 'approved' ? lastAt(o.history, 'approve') : null;
  const kpiValues = o.content?.kpiValues ? JSON.stringify(o.content.kpiValues) : null;
  const content = o.content ? JSON.stringify(o.content) : null;
  const dueAt = o.dueAt === null ? null : new Date(o.dueAt);
  // Waiting on the parent's answer to an extension, or on the unit's leader, the inbox shows that task's due date.
  const waiting = o.extensions?.find((e) => !e.decision)?.decisionClock;
  const inboxDueAt = waiting
    ? new Date(waiting.dueAt)
    : o.status === 'submitted' && o.approvalClock
      ? new Date(o.approvalClock.dueAt)
      : dueAt;

  const progress = yield sql`
    INSERT INTO unit_progress (campaign_id, unit_code, obligation_key, reports_to, level_code, unit_path, phase_key, stage_key,
      kind, status, due_at, submitted_at, approved_at, reminders_sent, escalated, kpi_values, content, version, updated_at)
    VALUES (${p.campaignId}, ${p.unitCode}, ${o.spec.key}, ${p.reportsTo}, ${p.levelCode}, ${unitPath}, ${o.spec.phaseKey}, ${o.spec.stageKey},
      ${o.spec.kind}, ${o.status}, ${dueAt}, ${submittedAt}, ${approvedAt}, ${o.remindersSent}, ${o.escalated}, ${kpiValues}, ${content}, ${p.version}, ${now})
    ON CONFLICT (campaign_id, unit_code, obligation_key) DO UPDATE SET
      reports_to = excluded.reports_to, level_code = excluded.level_code, unit_path = excluded.unit_path,
      phase_key = excluded.phase_key, stage_key = excluded.stage_key, kind = excluded.kind, status = excluded.status,
      due_at = excluded.due_at, submitted_at = excluded.submitted_at, approved_at = excluded.approved_at,
      reminders_sent = excluded.reminders_sent, escalated = excluded.escalated, kpi_values = excluded.kpi_values, content = excluded.content,
      version = excluded.version, updated_at = excluded.updated_at
    WHERE unit_progress.version < excluded.version
    RETURNING version`;

  yield sql`
    INSERT INTO inbox_items (key, campaign_id, unit_code, obligation_key, title, kind, assignee_unit_code, assignee_roles, action,
      due_at, status, version, updated_at)
    VALUES (${inboxKey(p.campaignId, p.unitCode, o.spec.key)}, ${p.campaignId}, ${p.unitCode}, ${o.spec.key}, ${o.spec.title}, ${o.spec.kind},
      ${assignment?.unitCode ?? null}, ${assignment ? assignment.roles.join(',') : null}, ${assignment?.action ?? null},
      ${inboxDueAt}, ${assignment ? 'open' : 'done'}, ${p.version}, ${now})
    ON CONFLICT (key) DO UPDATE SET
      title = excluded.title, kind = excluded.kind, assignee_unit_code = excluded.assignee_unit_code,
      assignee_roles = excluded.assignee_roles, action = excluded.action, due_at = excluded.due_at,
      status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
    WHERE inbox_items.version < excluded.version`;

  return progress.length > 0;
}

function lastAt(history: readonly { action: string; at: string }[], action: string): Date | null {
  const event = [...history].reverse().find((e) => e.action === action);
  return event ? new Date(event.at) : null;
}
