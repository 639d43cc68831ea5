import type { AwardDossier } from '../../api/award-queries';
import { RECORDED_KINDS } from './award-labels';

/** The actions the dossier's action panel has a form for; a document is attached from the documents section instead. */
const PANEL_ACTIONS: readonly string[] = RECORDED_KINDS.filter((kind) => kind !== 'attach');

/** In whose capacity the official acts on the dossier now, and what they may do in it. */
export interface ActingChoice {
  /** 'own', or the delegation's id. */
  key: string;
  /** The leader's delegation (TUQ.) the actions are sent under; absent in the official's own capacity. */
  delegation?: { id: string; from: { fullName: string }; endsAt: string };
  actions: ReadonlySet<string>;
}

export const OWN_CAPACITY = 'own';

/**
 * The capacities the panel offers: the official's own (`myActions`), then each leader's whose delegation lets them do
 * more (`delegatedActions`), as the API asked the dossier's rules. A capacity with nothing the panel can do is left out.
 */
export function actingChoices(dossier: Pick<AwardDossier, 'myActions' | 'delegatedActions'>): ActingChoice[] {
  const offered = (actions: readonly string[]) => new Set(actions.filter((kind) => PANEL_ACTIONS.includes(kind)));
  const own: ActingChoice = { key: OWN_CAPACITY, actions: offered(dossier.myActions) };
  const delegated = dossier.delegatedActions.map((entry): ActingChoice => ({
    key: entry.delegationId,
    delegation: { id: entry.delegationId, from: { fullName: entry.leaderFullName }, endsAt: entry.endsAt },
    actions: offered(entry.actions),
  }));
  return [own, ...delegated].filter((choice) => choice.actions.size > 0);
}

/**
 * The capacity the official chose, while it is still offered; otherwise the first (their own when they have one). After
 * an action the dossier moves on, and a delegation that allowed that step may allow nothing more.
 */
export function chosenCapacity(choices: readonly ActingChoice[], chosenKey: string | undefined): ActingChoice | undefined {
  return choices.find((choice) => choice.key === chosenKey) ?? choices[0];
}
