import type { ActorRef, DossierFacts, DossierState } from '@tdkt/domain';
import { initialDossierState, missingAttachments, nomineeName } from '@tdkt/domain';
import type { AwardDossierEntity } from '@tdkt/persistence';
import type { LentActor } from '../delegations/delegated-actor.service';
import { delegatedDossierActions } from './delegated-dossier-actions';
import { allowedDossierActions } from './dossier-probes';
import { councilView } from './to-award-form-view';
import type { AwardDossierView } from './award-dossier.view';
import type { CouncilSessionView } from './council-session.view';
import type { KpiEvidenceView } from './kpi-evidence.view';

export function dossierFacts(entity: AwardDossierEntity): DossierFacts {
  return { dossierId: entity.id, campaignId: entity.campaignId, list: entity.list, route: entity.route, stepUnits: entity.stepUnits };
}

/**
 * The dossier for one official: ballots stay secret until the council closes, and the actions offered are theirs — in
 * their own capacity, and in the place of each leader whose delegation for this campaign's award steps they hold (`lent`).
 */
export function presentDossier(
  entity: AwardDossierEntity,
  awardName: string,
  viewer: ActorRef,
  evidence: KpiEvidenceView[] = [],
  lent: readonly LentActor[] = [],
  now = new Date(),
): AwardDossierView {
  const facts = dossierFacts(entity);
  const state: DossierState = entity.state ?? initialDossierState(facts, entity.submittedAt.toISOString());
  const myActions = allowedDossierActions(facts, state, viewer, now.toISOString());
  return {
    id: entity.id,
    campaignId: entity.campaignId,
    awardKey: entity.awardKey,
    awardName,
    year: entity.year,
    nominatingUnitCode: entity.nominatingUnitCode,
    decidingUnitCode: entity.decidingUnitCode,
    status: state.status,
    stepIndex: state.stepIndex,
    route: entity.route.steps.map(({ council, ...step }, index) => ({
      ...step,
      actingUnits: entity.stepUnits[index] ?? [step.unitCode],
      ...(council ? { council: councilView(council) } : {}),
    })),
    nominations: entity.list.nominations.map((nomination, index) => ({
      index,
      name: nomineeName(nomination.nominee),
      nominee: nomination.nominee,
      achievements: nomination.achievements,
      ...(nomination.initiative ? { initiative: nomination.initiative } : {}),
      standing: state.standings[index] ?? { status: 'in_progress' },
    })),
    objections: state.objections.map((objection) => ({
      id: objection.id,
      index: objection.index,
      text: objection.text,
      filedByName: objection.filedBy.fullName,
      filedAt: objection.filedAt,
      ...(objection.answer
        ? {
            answer: objection.answer.text,
            upheld: objection.answer.upheld,
            answeredByName: objection.answer.by.fullName,
            answeredAt: objection.answer.at,
          }
        : {}),
    })),
    ...(state.postingEndsAt ? { postingEndsAt: state.postingEndsAt } : {}),
    ...(state.council ? { council: presentCouncil(state, viewer) } : {}),
    ...(state.decision
      ? {
          decision: {
            number: state.decision.number,
            signedAt: state.decision.signedAt,
            signerName: state.decision.signer.fullName,
            ...(state.decision.capacity ? { capacity: state.decision.capacity } : {}),
          },
        }
      : {}),
    ...(state.centralOutcome
      ? {
          centralOutcome: {
            decisionNumber: state.centralOutcome.decisionNumber,
            decidedOn: state.centralOutcome.decidedOn,
            awarded: state.centralOutcome.awarded,
            recordedByName: state.centralOutcome.recordedBy.fullName,
          },
        }
      : {}),
    attachments: state.attachments ?? [],
    missingDocuments: missingAttachments(state.attachments ?? []),
    evidence,
    actions: state.actions.map((action) => ({
      kind: action.kind,
      ...(action.stepKind ? { stepKind: action.stepKind } : {}),
      actorName: action.actor.fullName,
      actorUnitCode: action.actor.unitCode,
      at: action.at,
      ...(action.comment ? { comment: action.comment } : {}),
      ...(action.actor.delegatedBy ? { delegatedByFullName: action.actor.delegatedBy.fullName } : {}),
    })),
    myActions,
    delegatedActions: delegatedDossierActions(facts, state, lent, myActions, now.toISOString()),
    submittedAt: entity.submittedAt.toISOString(),
  };
}

function presentCouncil(state: DossierState, viewer: ActorRef): CouncilSessionView {
  const council = state.council!;
  const closed = council.closedAt !== null;
  return {
    openedAt: council.openedAt,
    members: council.members,
    present: council.present,
    ballotsCast: council.ballots.length,
    iVoted: council.ballots.some((ballot) => ballot.memberId === viewer.officialId),
    ...(closed
      ? { closedAt: council.closedAt!, result: council.result ?? {}, ballots: council.ballots.map((ballot) => ({ ...ballot })) }
      : {}),
  };
}
