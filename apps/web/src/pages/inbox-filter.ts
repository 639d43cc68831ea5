import type { InboxFilter } from '../api/queries';

// The inbox's filters live in the address (?loai=…&phong-trao=…&han=…&trang=…): a reload, a bookmark or a link
// sent to a colleague opens the same list.

export const INBOX_PAGE_SIZE = 20;
export const INBOX_DUE_STATES = ['overdue', 'upcoming', 'undated'] as const;
export type InboxDueState = (typeof INBOX_DUE_STATES)[number];

export interface InboxView {
  filter: InboxFilter;
  page: number;
}

export function inboxViewOf(search: URLSearchParams, kinds: readonly string[]): InboxView {
  const kind = search.get('loai') ?? undefined;
  const campaignId = search.get('phong-trao') ?? undefined;
  const due = search.get('han') ?? undefined;
  const page = Number(search.get('trang'));
  return {
    filter: {
      ...(kind && kinds.includes(kind) ? { kind: kind as InboxFilter['kind'] } : {}),
      ...(campaignId ? { campaignId } : {}),
      ...(due && (INBOX_DUE_STATES as readonly string[]).includes(due) ? { due: due as InboxDueState } : {}),
    },
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function searchOf({ filter, page }: InboxView): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.kind) search.set('loai', filter.kind);
  if (filter.campaignId) search.set('phong-trao', filter.campaignId);
  if (filter.due) search.set('han', filter.due);
  if (page > 1) search.set('trang', String(page));
  return search;
}
