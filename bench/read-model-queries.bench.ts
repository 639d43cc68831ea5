import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '@tdkt/persistence';
import { createTestDatabase } from '@tdkt/testing';
import { accessLines, explain } from './queries/explain-plan';
import { fillReadModels } from './queries/fill-read-models';
import { queryCases, type QueryCase } from './queries/query-cases';
import { CAMPAIGNS, COMMUNES_PER_DISTRICT, DEPARTMENTS, DISTRICTS } from './queries/read-model-shape';
import { StatementCapture } from './queries/statement-capture';
import { loadAverages } from './support/machine-load';
import { machineDescription } from './support/run-header';
import { quantile } from './support/statistics';
import { runBench } from './support/run-bench';

/**
 * The inbox and progress reads at 100,000 open tasks on PostgreSQL (issue 12: p99 < 50 ms, EXPLAIN showing index
 * use). A fresh database (TEST_POSTGRES_URL) migrated as the api migrates it, the read models filled in bulk
 * (queries/read-model-shape.ts), VACUUM ANALYZE as autovacuum would leave them; then each read the api makes, called
 * through its own persistence classes, `runs` times with varied officials, campaigns and pages, after a warm-up,
 * one at a time. For each: its SQL as emitted, p50/p95/p99 of the whole call (every statement, rows to entities),
 * and EXPLAIN (ANALYZE, BUFFERS) of each statement with sequential scans of the big tables flagged.
 * Usage: read-model-queries.bench.ts [runs] [--without-migration <name>] (default 500; the flag measures the
 * schema without one migration, e.g. the indexes this bench led to, for a before/after).
 */
const DEFAULT_RUNS = 500;
const WARM_UP_RUNS = 20;
/** The run whose statements are printed and explained: campaign 6 of 10, the furthest on (phase 6 of 8 reached). */
const EXPLAINED_RUN = 5;
const ms = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const without = args.includes('--without-migration') ? args[args.indexOf('--without-migration') + 1] : undefined;
  const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? DEFAULT_RUNS);
  if (!process.env.TEST_POSTGRES_URL) throw new Error('Set TEST_POSTGRES_URL: this bench measures PostgreSQL');
  const migrations = MIGRATIONS.filter((migration) => migration.name !== without);
  if (without && migrations.length === MIGRATIONS.length) throw new Error(`No migration named ${without}`);

  console.log(machineDescription());
  const database = await createTestDatabase('postgres');
  const capture = new StatementCapture();
  const dataSource = new DataSource({ ...dataSourceOptions(database.config), migrations, logger: capture });
  try {
    await dataSource.initialize();
    const [{ server_version: version }] = await dataSource.query('SHOW server_version');
    console.log(`postgresql: ${version}`);
    console.log(`migrations: ${migrations.length} of ${MIGRATIONS.length}${without ? ` (without ${without})` : ''}`);
    await dataSource.runMigrations({ transaction: 'each' });

    const now = new Date();
    const filled = await fillReadModels(dataSource, now);
    const analyzeStarted = performance.now();
    await dataSource.query('VACUUM ANALYZE');
    console.log(
      `\ndata: ${DEPARTMENTS} departments, ${DISTRICTS} districts × ${COMMUNES_PER_DISTRICT} communes (${filled.units.length} units); ` +
        `${CAMPAIGNS} campaigns × ${filled.units.length - 1} participants × 8 obligations`,
    );
    console.log(
      `unit_progress ${filled.progressRows} rows; inbox_items ${filled.inboxRows} rows, ${filled.openInboxRows} open; ` +
        `inserted in ${filled.seconds.toFixed(1)} s, VACUUM ANALYZE ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s`,
    );
    console.log(await inboxSizes(dataSource));

    const rows: string[] = [];
    for (const queryCase of queryCases(dataSource, filled.campaignIds, now)) rows.push(await measure(dataSource, capture, queryCase, runs));
    console.log(`\nruns: ${runs} per query after ${WARM_UP_RUNS} untimed; load at the end ${loadAverages()}`);
    console.log('\n| query | route | p50 ms | p95 ms | p99 ms | max ms | statements | seq scans of big tables |');
    console.log('|---|---|---:|---:|---:|---:|---:|---|');
    rows.forEach((row) => console.log(row));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.drop();
  }
}

async function measure(dataSource: DataSource, capture: StatementCapture, queryCase: QueryCase, runs: number): Promise<string> {
  console.log(`\n### ${queryCase.name} (${queryCase.route}); load ${loadAverages()}`);
  const statements = await capture.during(() => queryCase.run(EXPLAINED_RUN));
  for (let i = 0; i < WARM_UP_RUNS; i++) await queryCase.run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await queryCase.run(i);
    samples.push(performance.now() - started);
  }
  const seqScans: string[] = [];
  for (const [n, statement] of statements.entries()) {
    console.log(`\n-- statement ${n + 1} of ${statements.length}, parameters ${JSON.stringify(statement.parameters)}\n${statement.sql}`);
    const explained = await explain(dataSource, statement);
    console.log(explained.plan.map((line) => `   ${line}`).join('\n'));
    console.log(`   access: ${accessLines(explained.plan).join(' | ')}`);
    seqScans.push(...explained.seqScans.map((line) => line.trim().replace(/\s+\(.*$/, '')));
  }
  const [p50, p95, p99, max] = [0.5, 0.95, 0.99, 1].map((q) => quantile(samples, q));
  const flag = seqScans.length ? `**${[...new Set(seqScans)].join(', ')}**` : 'none';
  console.log(
    `\n${queryCase.name}: p50 ${ms(p50)} ms, p95 ${ms(p95)} ms, p99 ${ms(p99)} ms, max ${ms(max)} ms${p99 >= 50 ? '  ← p99 over 50 ms' : ''}`,
  );
  return `| ${queryCase.name} | ${queryCase.route} | ${ms(p50)} | ${ms(p95)} | ${ms(p99)} | ${ms(max)} | ${statements.length} | ${flag} |`;
}

/** How many open tasks the officials the cases use have: the size of what each inbox query sorts. */
async function inboxSizes(dataSource: DataSource): Promise<string> {
  const rows: { level: string; units: string; min: string; avg: string; max: string }[] = await dataSource.query(
    `SELECT u.level_code AS level, COUNT(*) AS units, MIN(n) AS min, ROUND(AVG(n)) AS avg, MAX(n) AS max
       FROM (SELECT assignee_unit_code, COUNT(*) AS n FROM inbox_items WHERE status = 'open' GROUP BY assignee_unit_code) open
       JOIN units u ON u.code = open.assignee_unit_code GROUP BY u.level_code ORDER BY MIN(u.level_code)`,
  );
  return `open tasks per assignee unit: ${rows.map((r) => `${r.level} ${r.units} units, ${r.min}–${r.max} (mean ${r.avg})`).join('; ')}`;
}

runBench(main);
