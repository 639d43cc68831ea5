import type { PaginationQuery } from './pagination.dto';

/** The API's one list shape, for a list already read whole (a handful of rows: a unit's officials, one's delegations). */
export interface PageOf<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageOf<T>(all: readonly T[], { limit, offset }: PaginationQuery): PageOf<T> {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}
