import type { SigningBody } from '../signing/signing.types';

/**
 * Which document rules a body follows. State bodies — and the Front and the mass organisations, whose
 * documents take the same form — follow Nghị định 30/2020/NĐ-CP; party committees follow the party's own
 * rules (Hướng dẫn 36-HD/VPTW, 2018), which number and sign differently.
 */
export type DocumentSystem = 'state' | 'party';

/** How one kind of issuing body numbers and signs its documents: data about the kind, not about a plan. */
export interface IssuerConvention {
  system: DocumentSystem;
  /**
   * A plan's number and symbol, `<n>` the sequence of the issuer's year and `<code>` the code it prints:
   * "<n>/KH-<code>" for state bodies (155/KH-UBND), "<n>-KH/<code>" for party committees (12-KH/TU).
   */
  planNumberFormat: string;
  /** The code a unit of this kind prints when the directory gives it none ("UBND", "TU"); absent where each unit has its own (a Sở). */
  defaultIssuerCode?: string;
  /** How the body signs; absent for a kind not described yet, whose plans then sign as their approval chain says. */
  signing?: SigningBody;
}
