import type { CampaignFlow, ProgressRow } from './campaign-flow';

export interface BottomUpRun {
  /** The issuer, which owes only the phases it aggregates, and does them after its participants. */
  issuer: string;
  /** The tree's level codes from the lowest up: a parent aggregates its children's approved reports. */
  levelsLowestFirst: string[];
  actorsOf: (unitCode: string) => { submitter: string; approver: string };
}

/**
 * Completes a running campaign the ordinary way, one phase at a time in plan order: every unit of the
 * lowest level sends its report and its leader approves, then the level above, then the issuer.
 */
export async function completeBottomUp(flow: CampaignFlow, rows: ProgressRow[], phaseKeys: string[], run: BottomUpRun): Promise<void> {
  const owing = (phaseKey: string, unitCode: string) => rows.some((r) => r.unitCode === unitCode && r.obligationKey === phaseKey);
  const complete = async (unitCode: string, phaseKey: string) => {
    const { submitter, approver } = run.actorsOf(unitCode);
    const sent = await flow.submit(unitCode, phaseKey, {}, submitter);
    if (sent.status !== 200) throw new Error(`${unitCode} ${phaseKey} submit: ${sent.status} ${JSON.stringify(sent.body)}`);
    const approved = await flow.decide(unitCode, phaseKey, 'approve', undefined, approver);
    if (approved.status !== 200) throw new Error(`${unitCode} ${phaseKey} approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  };
  for (const phaseKey of phaseKeys) {
    for (const level of run.levelsLowestFirst) {
      const units = [...new Set(rows.filter((r) => r.levelCode === level && r.unitCode !== run.issuer).map((r) => r.unitCode))];
      await Promise.all(units.filter((unit) => owing(phaseKey, unit)).map((unit) => complete(unit, phaseKey)));
    }
    if (owing(phaseKey, run.issuer)) await complete(run.issuer, phaseKey);
  }
}
