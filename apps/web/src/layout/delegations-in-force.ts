import type { Delegation } from '../api/queries';

/** The delegations the official acts under at `now`: received, started, not ended nor revoked. */
export function receivedInForce(delegations: readonly Delegation[], officialUsername: string, now: Date): Delegation[] {
  const at = now.getTime();
  return delegations.filter(
    (d) => d.to.username === officialUsername && !d.revokedAt && Date.parse(d.startsAt) <= at && at < Date.parse(d.endsAt),
  );
}
