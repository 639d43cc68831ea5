import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';

export type SqlValue = string | number | boolean | Date | Buffer | null;
export type SqlRow = Record<string, unknown>;
export type Engine = 'sqlite' | 'postgres';

/** A statement with `?` placeholders; built with the `sql` tag so values never end up in the text. */
export interface SqlStatement {
  text: string;
  values: SqlValue[];
}

/**
 * The steps of one transaction as a generator: it yields statements and receives their rows. The same
 * steps then run synchronously on SQLite (no other code can interleave, see runAtomically) and
 * asynchronously on a PostgreSQL connection of their own.
 */
export type AtomicWork<T> = Generator<SqlStatement, T, SqlRow[]>;

/** Text spliced into a statement as is: only for fixed SQL chosen in code, never for values. */
export class SqlText {
  constructor(readonly text: string) {}
}

export function sql(strings: TemplateStringsArray, ...parts: (SqlValue | SqlText)[]): SqlStatement {
  let text = strings[0];
  const values: SqlValue[] = [];
  parts.forEach((part, index) => {
    if (part instanceof SqlText) text += part.text;
    else {
      text += '?';
      values.push(part);
    }
    text += strings[index + 1];
  });
  return { text, values };
}

export function engineOf(dataSource: DataSource): Engine {
  const type = dataSource.options.type;
  if (type === 'postgres') return 'postgres';
  if (type === 'better-sqlite3') return 'sqlite';
  throw new Error(`Unsupported database type: ${type}`);
}

/** Runs the work in one transaction: all of it or none of it. */
export function runAtomically<T>(dataSource: DataSource, work: (engine: Engine) => AtomicWork<T>): Promise<T> {
  return engineOf(dataSource) === 'postgres' ? runOnPostgres(dataSource, work('postgres')) : runOnSqlite(dataSource, work('sqlite'));
}

async function runOnPostgres<T>(dataSource: DataSource, work: AtomicWork<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    let step = work.next();
    while (!step.done) {
      let index = 0;
      const text = step.value.text.replace(/\?/g, () => `$${++index}`);
      const result = await runner.query(text, step.value.values, true);
      step = work.next((result.records ?? []) as SqlRow[]);
    }
    await runner.commitTransaction();
    return step.value;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/**
 * TypeORM shares one SQLite connection per DataSource, so two async transactions on it would nest
 * into each other, and a transaction held open across an await would block a second DataSource in
 * the same process (better-sqlite3 waits synchronously). Running the whole transaction synchronously
 * avoids both; BEGIN IMMEDIATE plus busy_timeout serialise it against other processes.
 */
async function runOnSqlite<T>(dataSource: DataSource, work: AtomicWork<T>): Promise<T> {
  const db = (dataSource.driver as BetterSqlite3Driver).databaseConnection as SqliteDatabase;
  await untilNoTransactionIsOpen(db);
  return db
    .transaction(() => {
      let step = work.next();
      while (!step.done) {
        const statement = db.prepare(step.value.text);
        const values = step.value.values.map(toSqliteValue);
        const rows = statement.reader ? (statement.all(...values) as SqlRow[]) : (statement.run(...values), []);
        step = work.next(rows);
      }
      return step.value;
    })
    .immediate();
}

/** Another caller's TypeORM transaction on this connection must finish first, or ours would become part of it. */
async function untilNoTransactionIsOpen(db: SqliteDatabase, timeoutMs = 10_000): Promise<void> {
  for (const started = Date.now(); db.inTransaction;) {
    if (Date.now() - started > timeoutMs) throw new Error('SQLite connection stayed inside another transaction');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The representations TypeORM itself writes on SQLite, so entities read these rows back unchanged. */
function toSqliteValue(value: SqlValue): string | number | Buffer | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return sqliteDateTime(value);
  return value;
}

/** "YYYY-MM-DD HH:MM:SS.SSS" in UTC, as TypeORM stores datetime on SQLite; compares correctly as text. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
