import { isSameOrDescendant } from '../org/unit-path';
import type { Relation } from './need-to-know';

/** What a request is about, as far as need-to-know cares: the unit it names, the campaign's issuer, the item's route. */
export interface AccessTarget {
  /** Materialised path of the unit the request names (for a campaign: its issuer). */
  unitPath?: string;
  /**
   * When that unit was dissolved by an org change: the path of its live successor. The officials who took over its
   * duties stand to it as they stand to their own unit; those who stood to the old unit still do (its record stays).
   */
  successorPath?: string;
  /** Path of the issuer of the campaign the request is in, when it is in one. */
  issuerPath?: string;
  /** Codes of the units holding a step of the item's route (approval chain, dossier route, reviewing or compiling body). */
  routeUnitCodes?: readonly string[];
  /** The item has been posted for public comment. */
  posted?: boolean;
}

/** Every relation the official's unit (`myPath`, `myCode`) has to the target; `unrelated` when it has none. */
export function relationsTo(my: { unitPath: string; unitCode: string }, target: AccessTarget): Relation[] {
  const found: Relation[] = [];
  for (const unitPath of [target.unitPath, target.successorPath]) {
    if (unitPath === undefined) continue;
    if (unitPath === my.unitPath) found.push('own_unit');
    else if (isSameOrDescendant(unitPath, my.unitPath)) found.push('below_me');
    else if (isSameOrDescendant(my.unitPath, unitPath)) found.push('above_me');
  }
  if (target.issuerPath !== undefined && isSameOrDescendant(target.issuerPath, my.unitPath)) found.push('issuer_side');
  if (target.routeUnitCodes?.includes(my.unitCode)) found.push('on_route');
  if (target.posted) found.push('posted');
  return found.length ? [...new Set(found)] : ['unrelated'];
}
