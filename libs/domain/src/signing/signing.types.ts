/**
 * Signing as Vietnamese document rules write it (Nghị định 30/2020/NĐ-CP, Phụ lục I, for state bodies;
 * the Front's and the party's own rules for theirs). A body signs either as a collective — its head or
 * a member signs "TM." (thay mặt) the body — or through its head, for whom a deputy signs "KT." (ký
 * thay), an official "TL." (thừa lệnh) or "TUQ." (thừa ủy quyền), and an acting head as "Q." (quyền).
 */
export type SigningRegime = 'collective' | 'head_led';

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
}

/** Who signs, as the body's rules see them. */
export type Signer =
  | { as: 'head' }
  | { as: 'acting_head' }
  | { as: 'deputy' }
  /** By order of the head (TL.) or by the head's delegation for a period (TUQ.), in the signer's own title. */
  | { as: 'by_order' | 'by_delegation'; title: string };
