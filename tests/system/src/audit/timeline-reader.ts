import type { Official } from '../system-under-test';

export interface TimelineItem {
  seq: number;
  at: string;
  actor: { username: string; fullName: string; unitCode: string; role: string | null } | null;
  capacity: string | null;
  action: string;
  unitCode: string | null;
  obligationKey: string | null;
  comment: string | null;
  values: Record<string, unknown> | null;
  dueAt: string | null;
  workflowId: string;
  eventId: number;
}

/** The whole timeline of a campaign as one official sees it, page by page. */
export async function readTimeline(official: Official, campaignId: string, filters = ''): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await official.get(`/campaigns/${campaignId}/timeline?limit=500&offset=${offset}${filters}`).expect(200);
    items.push(...page.body.items);
    if (items.length >= page.body.total) return items;
  }
}

/** One unit's steps on one obligation, in order, as [action, username, capacity, comment]. */
export function stepsOf(
  items: TimelineItem[],
  unitCode: string,
  obligationKey: string,
): [string, string | null, string | null, string | null][] {
  return items
    .filter((i) => i.unitCode === unitCode && i.obligationKey === obligationKey)
    .map((i) => [i.action, i.actor?.username ?? null, i.capacity, i.comment]);
}
