import type { DossierAction, DossierFacts, DossierState } from '@tdkt/domain';
import type { LentActor } from '../delegations/delegated-actor.service';
import type { DelegatedDossierActionsView } from './delegated-dossier-actions.view';
import { allowedDossierActions } from './dossier-probes';

/**
 * Per delegation the official holds for award steps of the dossier's campaign, the actions the dossier's rules accept now
 * from the actor it lends — asked as for the official's own actions, so the page offers in the leader's place exactly what
 * the workflow would take. Only what the delegation adds: an action the official may take in their own right (`own`) is
 * taken so — a deputy signs "KT.", and anyone of the unit attaches a document or objects to a posted list in their own
 * name, as the lent actor (same unit, the leader's roles) could too. A delegation that adds nothing here is left out.
 */
export function delegatedDossierActions(
  facts: DossierFacts,
  state: DossierState,
  lent: readonly LentActor[],
  own: readonly DossierAction['kind'][],
  now: string,
): DelegatedDossierActionsView[] {
  return lent.flatMap(({ delegation, actor }) => {
    const actions = allowedDossierActions(facts, state, actor, now).filter((kind) => !own.includes(kind));
    if (!actions.length) return [];
    const { id, from, endsAt } = delegation;
    return [{ delegationId: id, leaderFullName: from.fullName, leaderUnitCode: from.unitCode, endsAt, actions }];
  });
}
