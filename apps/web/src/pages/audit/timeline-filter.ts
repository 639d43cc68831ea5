import type { TimelineAction, TimelineFilter } from '../../api/audit-queries';

/** The filters as the official sets them; dates are calendar days (YYYY-MM-DD), read by the API as whole days in Vietnam. */
export interface TimelineFilterState {
  unitCode: string;
  actor: string;
  actions: TimelineAction[];
  from: string | null;
  to: string | null;
}

export const NO_FILTER: TimelineFilterState = { unitCode: '', actor: '', actions: [], from: null, to: null };

/** The API's query: blank fields left out, codes trimmed, the actions comma-separated. */
export function toTimelineQuery(state: TimelineFilterState): TimelineFilter {
  const query: TimelineFilter = {};
  const unitCode = state.unitCode.trim();
  const actor = state.actor.trim();
  if (unitCode) query.unitCode = unitCode;
  if (actor) query.actor = actor;
  if (state.actions.length) query.action = state.actions.join(',');
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  return query;
}

/** The API refuses `from` after `to`; the form says so before asking. */
export const isDateRangeValid = (state: Pick<TimelineFilterState, 'from' | 'to'>): boolean =>
  !state.from || !state.to || state.from <= state.to;
