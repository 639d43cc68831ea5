import type { ActorRef, DossierAction, DossierFacts, DossierState } from '@tdkt/domain';
import { namesInRunning, refuseDossierAction } from '@tdkt/domain';

/**
 * The actions an official may take on a dossier now, asked of the dossier's own rules with a plausible
 * payload for each, so the page offers exactly what the workflow would accept.
 */
export function allowedDossierActions(facts: DossierFacts, state: DossierState, actor: ActorRef, now: string): DossierAction['kind'][] {
  const running = namesInRunning(state);
  const criteria = facts.route.steps[state.stepIndex]?.council;
  const everyone = <T>(value: T) => Object.fromEntries(running.map((index) => [index, value]));
  const zeroPoints = criteria?.kind === 'score' ? Object.fromEntries(criteria.criteria.map((c) => [c.key, 0])) : {};
  const openObjection = state.objections.find((objection) => !objection.answer);
  const probes: DossierAction[] = [
    { kind: 'pass' },
    { kind: 'decline', comment: '-' },
    { kind: 'object', index: running[0] ?? 0, text: '-' },
    { kind: 'answer_objection', objectionId: openObjection?.id ?? '-', upheld: false, text: '-' },
    { kind: 'open_council', members: 1, present: 1 },
    { kind: 'vote', choices: everyone('agree' as const) },
    { kind: 'score', points: everyone(zeroPoints) },
    { kind: 'close_council' },
    { kind: 'decide' },
    { kind: 'forward' },
    { kind: 'record_central_outcome', decisionNumber: '-', decidedOn: '2000-01-01', awarded: [] },
    {
      kind: 'attach',
      attachment: { id: 'probe', kind: 'khac', fileName: 'probe.pdf', contentType: 'application/pdf', size: 1, sha256: '-' },
    },
  ];
  return probes
    .filter((action) => !refuseDossierAction(facts, state, { requestId: 'probe', actor, action }, now))
    .map((action) => action.kind);
}
