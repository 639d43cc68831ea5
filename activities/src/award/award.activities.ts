import type { AwardActivities } from '@tdkt/contracts';
import { AwardDecisionNumbering, AwardDossierStore } from '@tdkt/persistence';
import type { ActivityDeps } from '../activity-deps';

/** The award dossier workflow's side effects: its read model with its log entries, and decision numbers. */
export function createAwardActivities(deps: Pick<ActivityDeps, 'dataSource'>): AwardActivities {
  const dossiers = new AwardDossierStore(deps.dataSource);
  const numbering = new AwardDecisionNumbering(deps.dataSource);
  return {
    projectAwardDossier: (input) => dossiers.project(input),
    assignAwardDecisionNumber: (input) => numbering.next(input.dossierId, input.issuerUnitCode, input.issuerCode, input.year),
  };
}
