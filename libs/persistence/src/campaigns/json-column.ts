import type { ValueTransformer } from 'typeorm';

/**
 * JSON columns are jsonb on PostgreSQL and text on SQLite (see columnTypes()). The driver hands back
 * a parsed object from jsonb and a string from text, so reading accepts both; writing always sends
 * text, which PostgreSQL casts to jsonb on insert.
 */
export const jsonColumn: ValueTransformer = {
  to: (value: unknown) => (value === undefined || value === null ? value : JSON.stringify(value)),
  from: (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value),
};
