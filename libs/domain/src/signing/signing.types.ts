/**
 * Signing as Vietnamese document rules write it (Nghị định 30/2020/NĐ-CP, Phụ lục I, for state bodies;
 * the Front's and the party's own rules for theirs). A body signs either as a collective — its head or
 * a member signs "TM." (thay mặt) the body — or through its head, for whom a deputy signs "KT." (ký
 * thay), an official "TL." (thừa lệnh) or "TUQ." (thừa ủy quyền), and an acting head as "Q." (quyền).
 */
export type SigningRegime = 'collective' | 'head_led';

/**
 * The capacities a signature can carry, as the structure names them: "TM" on behalf of a collective, "KT"
 * in place of the head, "TL" by the head's order, "TUQ" by the head's delegation, "Q" an acting head.
 */
export type CapacityMark = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';

/**
 * How a body's rules print each capacity. State bodies print "TM.", "KT."… (Nghị định 30/2020/NĐ-CP);
 * the party prints "T/M", "K/T", "T/L" (Hướng dẫn 36-HD/VPTW). A mark left out prints the state form.
 */
export type PrintedMarks = Partial<Readonly<Record<CapacityMark, string>>>;

/** How one body signs its documents: data about the body, not about a plan. */
export interface SigningBody {
  regime: SigningRegime;
  /** For a collective body, the name printed after "TM.": "ỦY BAN NHÂN DÂN", "BAN THƯỜNG TRỰC". */
  collectiveName?: string;
  /** "CHỦ TỊCH", "GIÁM ĐỐC". */
  headTitle: string;
  /** "PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC". */
  deputyTitle: string;
  /**
   * A deputy of a collective body signs on behalf of the body in their own title (the Front's standing
   * board: "TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH") instead of in place of the head (a People's Committee:
   * "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
   */
  deputiesSignOnBehalf?: boolean;
  /** How this body prints its capacities, where it differs from the state form (a party committee's "T/M"). */
  marks?: PrintedMarks;
}

/** In whose place the signer signs, when not in their own right as the head. */
export type SigningFor = 'KT' | 'TL' | 'TUQ';

/** A signature's capacity as a structure: every line above the signer's name follows from it. */
export interface SigningCapacity {
  /** "TM." and the collective body, or null. */
  onBehalfOf: string | null;
  /** "KT." / "TL." / "TUQ." and the head's title, or null. */
  inPlaceOf: { mode: SigningFor; headTitle: string } | null;
  /** The title line: the signer's own, or "Q. <head>" for an acting head. */
  title: string;
  /** The body's own printed marks, when they differ from the state form; carried so the lines print as the body writes them. */
  marks?: PrintedMarks;
}

/** Who signs, as the body's rules see them. */
export type Signer =
  | { as: 'head' }
  | { as: 'acting_head' }
  | { as: 'deputy' }
  /** By order of the head (TL.) or by the head's delegation for a period (TUQ.), in the signer's own title. */
  | { as: 'by_order' | 'by_delegation'; title: string };
