import { decisionHash, genesisHash, HashedDecision } from './decision-hash';
import { StoredDecision, verifyDecisionChain } from './verify-decision-chain';

const CAMPAIGN = 'c-1';

function step(n: number): HashedDecision {
  return {
    campaignId: CAMPAIGN,
    eventKey: `request-${n}`,
    workflowId: 'participation:c-1:TQ-YS',
    runId: 'run-1',
    eventId: 10 + n,
    at: `2026-06-0${n}T03:00:00.000Z`,
    action: n % 2 ? 'report_submitted' : 'report_approved',
    actorOfficialId: `o-${n}`,
    actorUsername: `user${n}`,
    actorFullName: `Cán bộ ${n}`,
    actorUnitCode: 'TQ-YS',
    actorRole: 'leader',
    capacity: null,
    unitCode: 'TQ-YS',
    obligationKey: 'so-ket',
    comment: null,
    details: null,
    dueAt: '2026-06-30T10:00:00.000Z',
  };
}

/** A chain as the log appends it. */
function chain(length: number): StoredDecision[] {
  const rows: StoredDecision[] = [];
  let prev = genesisHash(CAMPAIGN);
  for (let n = 1; n <= length; n++) {
    const hash = decisionHash(prev, step(n));
    rows.push({ ...step(n), id: `id-${n}`, seq: n, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

const head = (rows: StoredDecision[]) => ({ seq: rows.length, hash: rows[rows.length - 1].hash });
const renumber = (rows: StoredDecision[]) => rows.map((row, i) => ({ ...row, seq: i + 1 }));

describe('verifyDecisionChain', () => {
  it('accepts the chain as appended, with the seals recorded along the way', () => {
    const rows = chain(6);
    const seals = [{ label: 'issued', seq: 2, hash: rows[1].hash }];
    expect(verifyDecisionChain(CAMPAIGN, rows, head(rows), seals)).toEqual({ ok: true, rows: 6, firstBadRow: null });
  });

  it('names an edited row', () => {
    const rows = chain(6);
    rows[2] = { ...rows[2], comment: 'Đồng ý' };
    expect(verifyDecisionChain(CAMPAIGN, rows, head(chain(6))).firstBadRow).toMatchObject({ seq: 3, id: 'id-3', problem: 'edited' });
  });

  it('names the row after a deleted one, even when the positions are closed up', () => {
    const rows = chain(6);
    expect(verifyDecisionChain(CAMPAIGN, [...rows.slice(0, 2), ...rows.slice(3)], head(rows)).firstBadRow).toMatchObject({
      seq: 4,
      problem: 'deleted',
    });
    expect(verifyDecisionChain(CAMPAIGN, renumber([...rows.slice(0, 2), ...rows.slice(3)]), head(rows)).firstBadRow).toMatchObject({
      seq: 3,
      id: 'id-4',
      problem: 'deleted',
    });
    expect(verifyDecisionChain(CAMPAIGN, rows.slice(1), head(rows)).firstBadRow).toMatchObject({ id: 'id-2', problem: 'deleted' });
  });

  it('names the last rows deleted when the chain head records more', () => {
    const rows = chain(6);
    expect(verifyDecisionChain(CAMPAIGN, rows.slice(0, 4), head(rows)).firstBadRow).toMatchObject({ seq: 5, id: null, problem: 'deleted' });
  });

  it('names a forged row inserted with a correct hash and link', () => {
    const rows = chain(6);
    const forged = { ...step(9), eventKey: 'forged' };
    const inserted = { ...forged, id: 'forged', seq: 0, prevHash: rows[2].hash, hash: decisionHash(rows[2].hash, forged) };
    const tampered = renumber([...rows.slice(0, 3), inserted, ...rows.slice(3)]);
    expect(verifyDecisionChain(CAMPAIGN, tampered, { seq: 7, hash: rows[5].hash }).firstBadRow).toMatchObject({
      seq: 4,
      id: 'forged',
      problem: 'inserted',
    });
  });

  it('names a swapped pair', () => {
    const rows = chain(6);
    const swapped = renumber([rows[0], rows[1], rows[3], rows[2], rows[4], rows[5]]);
    expect(verifyDecisionChain(CAMPAIGN, swapped, head(rows)).firstBadRow).toMatchObject({ seq: 3, id: 'id-4', problem: 'reordered' });
  });

  it('catches a chain rewritten end to end through the seals kept in the workflow history', () => {
    const honest = chain(6);
    const rewritten: StoredDecision[] = [];
    let prev = genesisHash(CAMPAIGN);
    for (const row of honest) {
      const content = row.seq === 2 ? { ...row, comment: 'Không đồng ý' } : row;
      const hash = decisionHash(prev, content);
      rewritten.push({ ...content, prevHash: prev, hash });
      prev = hash;
    }
    expect(verifyDecisionChain(CAMPAIGN, rewritten, head(rewritten)).ok).toBe(true);
    const seals = [{ label: 'phase:so-ket', seq: 4, hash: honest[3].hash }];
    expect(verifyDecisionChain(CAMPAIGN, rewritten, head(rewritten), seals).firstBadRow).toMatchObject({ seq: 4, problem: 'rewritten' });
  });
});
