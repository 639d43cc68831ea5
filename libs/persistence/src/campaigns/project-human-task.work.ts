import type { HumanTaskProjection } from '@tdkt/domain';
import type { AtomicWork } from './atomic-sql';
import { sql } from './atomic-sql';
import { inboxKey } from './obligation-projection-record';

export type HumanTaskRecord = HumanTaskProjection;

/** A human step's inbox row, replaced only by a newer version: open when it waits, done when decided. */
export function* projectHumanTask(task: HumanTaskRecord, now: Date): AtomicWork<void> {
  yield sql`
    INSERT INTO inbox_items (key, campaign_id, unit_code, obligation_key, title, kind, assignee_unit_code, assignee_roles, action,
      due_at, status, version, updated_at)
    VALUES (${inboxKey(task.campaignId, task.unitCode, task.taskKey)}, ${task.campaignId}, ${task.unitCode}, ${task.taskKey}, ${task.title},
      ${task.kind}, ${task.candidates.unitCode}, ${task.candidates.roles.join(',')}, ${task.action}, ${new Date(task.dueAt)}, ${task.status},
      ${task.version}, ${now})
    ON CONFLICT (key) DO UPDATE SET
      title = excluded.title, assignee_unit_code = excluded.assignee_unit_code, assignee_roles = excluded.assignee_roles,
      action = excluded.action, due_at = excluded.due_at, status = excluded.status, version = excluded.version, updated_at = excluded.updated_at
    WHERE inbox_items.version < excluded.version`;
}
