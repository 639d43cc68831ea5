import type { Logger } from 'typeorm';

export interface CapturedStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * A TypeORM logger that keeps the statements sent while it is armed: the exact SQL and parameters the repository
 * code emits, which the bench prints and runs again under EXPLAIN. Silent otherwise, so it costs nothing in the
 * timed loops.
 */
export class StatementCapture implements Logger {
  private captured: CapturedStatement[] | null = null;

  async during(work: () => Promise<unknown>): Promise<CapturedStatement[]> {
    const captured: CapturedStatement[] = [];
    this.captured = captured;
    try {
      await work();
    } finally {
      this.captured = null;
    }
    return captured;
  }

  logQuery(sql: string, parameters?: unknown[]): void {
    this.captured?.push({ sql, parameters: parameters ?? [] });
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
