import type { DataSource, EntityManager } from 'typeorm';

interface SuccessionRow {
  code: string;
  successor_code: string;
}

/**
 * Where a dissolved unit's work goes: its successor, or the successor's successor when that one was merged
 * again later. A live unit is its own successor, and so is a unit dissolved without one (its duties stay
 * where they were, visible, rather than disappear).
 */
export class UnitSuccessors {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** Each code's live successor, in one read of the units table. */
  async liveSuccessorsOf(codes: readonly string[]): Promise<Map<string, string>> {
    // Only a dissolved unit names a successor, so that column alone says which units were dissolved.
    const rows: SuccessionRow[] = await this.db.query('SELECT code, successor_code FROM units WHERE successor_code IS NOT NULL');
    const dissolved = new Map(rows.map((r) => [r.code, r.successor_code]));
    return new Map(codes.map((code) => [code, follow(code, dissolved)]));
  }

  /**
   * One code's live successor, following its own chain a row at a time: a live unit (nearly every notice's) costs one
   * indexed read, where reading every dissolved unit would grow with each reform.
   */
  async liveSuccessorOf(code: string): Promise<string> {
    const seen = new Set<string>();
    for (let current = code; ;) {
      const row: Pick<SuccessionRow, 'successor_code'> | undefined = await this.db
        .createQueryBuilder()
        .select('u.successor_code', 'successor_code')
        .from('units', 'u')
        .where('u.code = :code', { code: current })
        .getRawOne();
      if (!row?.successor_code || seen.has(current)) return current;
      seen.add(current);
      current = row.successor_code;
    }
  }
}

function follow(code: string, dissolved: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  let current = code;
  while (dissolved.get(current) && !seen.has(current)) {
    seen.add(current);
    current = dissolved.get(current)!;
  }
  return current;
}
