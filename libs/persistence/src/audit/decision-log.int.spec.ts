import { DataSource } from 'typeorm';
import type { DecisionEntry } from '@tdkt/domain';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { DecisionLog } from './decision-log';
import { HistoryArchive } from './history-archive';
import { verifyDecisionChain } from './verify-decision-chain';

const entry = (eventKey: string, unitCode: string): DecisionEntry => ({
  eventKey,
  at: '2026-06-20T03:00:00.000Z',
  action: 'report_submitted',
  actor: { officialId: 'o-1', username: 'chuyenvien.ys', fullName: 'Nguyễn Thị Hoa', unitCode, role: 'specialist' },
  capacity: null,
  unitCode,
  obligationKey: 'so-ket',
  comment: null,
  values: { summary: 'Báo cáo sơ kết', kpiValues: { hoSoTrucTuyen: 85 } },
  dueAt: '2026-06-30T10:00:00.000Z',
});
const source = (workflowId: string) => ({ workflowId, runId: 'run-1', eventId: 7 });

describe.each(databasesUnderTest())('decision log on %s', (kind) => {
  let database: TestDatabase;
  // Two data sources on one database stand in for two worker replicas appending to the same campaign.
  let first: DataSource;
  let second: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    first = await openDatabase(database.config, { migrate: true });
    second = await openDatabase(database.config, { migrate: false });
    await seedDemoOrg(first);
  });
  afterAll(async () => {
    await second?.destroy();
    await first?.destroy();
    await database?.drop();
  });

  it('keeps one unbroken chain per campaign when many workflows append at once, and appends a retried step once', async () => {
    const units = ['TQ-YS', 'TQ-SD', 'TQ-YS-THANGQUAN', 'TQ-SD-TUTHINH'];
    const batches = Array.from({ length: 40 }, (_, n) => ({
      campaignId: 'c-race',
      source: source(`participation:c-race:${units[n % 4]}:${n}`),
      entries: [entry(`open-${n}`, units[n % 4]), entry(`submit-${n}`, units[n % 4])],
    }));
    await Promise.all(batches.map((batch, n) => new DecisionLog(n % 2 ? first : second).append(batch)));
    await Promise.all(batches.slice(0, 10).map((batch) => new DecisionLog(first).append(batch)));

    const log = new DecisionLog(first);
    const rows = await log.rows('c-race');
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 80 }, (_, n) => n + 1));
    expect(verifyDecisionChain('c-race', rows, await log.head('c-race'))).toMatchObject({ ok: true, rows: 80 });
    expect(rows.find((r) => r.unitCode === 'TQ-YS-THANGQUAN')?.unitPath).toBe('/TQ/TQ-YS/TQ-YS-THANGQUAN/');
    expect(JSON.parse(rows[0].details!)).toEqual({ kpiValues: { hoSoTrucTuyen: 85 }, summary: 'Báo cáo sơ kết' });
  });

  it('seals the head as it stands and records the seal as a step of its own', async () => {
    const log = new DecisionLog(first);
    await log.append({
      campaignId: 'c-seal',
      source: source('participation:c-seal:TQ-YS'),
      entries: [entry('a', 'TQ-YS'), entry('b', 'TQ-YS')],
    });
    const head = await log.seal('c-seal', 'issued', source('campaign:c-seal'), '2026-06-21T00:00:00.000Z');
    const rows = await log.rows('c-seal');
    expect(head).toEqual({ seq: 2, hash: rows[1].hash });
    expect(rows[2]).toMatchObject({
      seq: 3,
      action: 'chain_sealed',
      details: JSON.stringify({ hash: rows[1].hash, label: 'issued', seq: 2 }),
    });
    expect(verifyDecisionChain('c-seal', rows, await log.head('c-seal'), [{ label: 'issued', ...head }]).ok).toBe(true);
  });

  it('filters the timeline by subtree, actor, action and period', async () => {
    const log = new DecisionLog(first);
    const page = await log.timeline('c-race', {
      limit: 5,
      offset: 0,
      underPath: '/TQ/TQ-YS/',
      actions: ['report_submitted'],
      from: '2026-06-20T00:00:00.000Z',
    });
    expect(page.total).toBe(40);
    expect(page.items.every((r) => r.unitPath?.startsWith('/TQ/TQ-YS/'))).toBe(true);
    expect((await log.timeline('c-race', { limit: 5, offset: 0, to: '2026-06-19T00:00:00.000Z' })).total).toBe(0);
    expect((await log.timeline('c-race', { limit: 5, offset: 0, actorUsername: 'nobody' })).total).toBe(0);
  });

  it('archives a run once, bytes intact, with its hash in the log', async () => {
    const archive = new HistoryArchive(first);
    const history = {
      workflowId: 'participation:c-arch:TQ-YS',
      runId: 'run-1',
      campaignId: 'c-arch',
      workflowType: 'participationWorkflow',
      closeStatus: 'COMPLETED',
      eventCount: 3,
      sha256: 'a'.repeat(64),
      sizeBytes: 4,
    };
    const record = {
      campaignId: 'c-arch',
      source: source('archive:c-arch'),
      entries: [{ ...entry('archived:run-1', 'TQ-YS'), action: 'history_archived' as const }],
    };
    const bytes = Buffer.from([0x1f, 0x8b, 0x00, 0xff]);
    expect(await archive.store(history, bytes, record)).toBe(true);
    expect(await archive.store(history, bytes, record)).toBe(false);
    expect(await archive.load(history.workflowId, 'run-1')).toEqual(bytes);
    expect((await archive.list('c-arch')).map((h) => h.runId)).toEqual(['run-1']);
    expect((await new DecisionLog(first).rows('c-arch')).map((r) => r.action)).toEqual(['history_archived']);
  });
});
