import type { ActorRef } from '@tdkt/domain';
import type { CurrentOfficialInfo } from '../auth/current-official';

/** The actor as recorded in a workflow decision: identity, unit and roles at the moment of acting. */
export function actorRefOf(official: CurrentOfficialInfo): ActorRef {
  const { actor } = official;
  return {
    officialId: actor.officialId,
    username: actor.username,
    fullName: official.fullName,
    unitCode: actor.unitCode,
    roles: [...actor.roles],
    ...(official.title ? { title: official.title } : {}),
  };
}
