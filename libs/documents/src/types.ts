// The documents' input: plain data, composed by the caller. Texts are printed as given unless a field says otherwise.

/** A calendar date in ISO 8601 form, "2026-11-29". */
export type IsoDate = string;

/** The signature block, bottom right (Nghị định 30/2020/NĐ-CP: "quyền hạn, chức vụ của người ký"). */
export interface SignatureBlock {
  /**
   * The capacity lines, upper case, already composed: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
   * or ["CHỦ TỊCH"]. Printed in bold, centred, one per line.
   */
  capacityLines: string[];
  /** The signer's full name, printed in bold below the space left for the signature and the seal: "Nguyễn Văn Sơn". */
  signerName: string;
}

/** One line of the list in Điều 1. */
export interface DecisionAwardee {
  /**
   * The name as printed: "Ông Nguyễn Văn An", "Bà Lê Thị Hoa", "Hộ ông Ma Văn Sinh",
   * "Phòng Văn hóa và Thông tin huyện Yên Sơn", "Công ty TNHH Chè Tân Trào".
   */
  name: string;
  /** Position and unit for a person ("Trưởng phòng, Sở Nội vụ"), address for a household or an enterprise, parent body for a collective. */
  detail?: string;
  /** The award for this line when the table shows one: "Bằng khen". The column is left out when no awardee has one. */
  award?: string;
}

/** A cash reward that comes with the award (Điều 2): a multiple of the base salary (mức lương cơ sở). */
export interface CashReward {
  /** Who receives it, as the sentence starts: "Mỗi cá nhân", "Mỗi tập thể", "Mỗi hộ gia đình". */
  recipient: string;
  /** The multiple of the base salary: 1 for 1,0 lần; 0.3 for 0,3 lần. */
  multiple: number;
  /** The base salary in đồng: 2340000. */
  baseSalary: number;
}

/** A decision on commendation (Quyết định khen thưởng), Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export interface AwardDecisionDocument {
  /** The body above the issuer, printed in upper case above it (regular weight): "UBND TỈNH TUYÊN QUANG". Usually absent for a provincial People's Committee. */
  parentBody?: string;
  /** The issuing body, printed in bold upper case: "Ủy ban nhân dân tỉnh Tuyên Quang". Use "\n" to choose where it breaks. */
  issuingBody: string;
  /** The decision's number; leave it out on a draft, and "Số:" is printed with the number blank. Numbers below 10 get a leading zero. */
  number?: number;
  /** The symbol after the number: "QĐ-UBND". */
  symbol: string;
  /** The place name of the date line: "Tuyên Quang". */
  place: string;
  /** The date of issue. */
  date: IsoDate;
  /** The subject (trích yếu), printed in bold under "QUYẾT ĐỊNH": "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  subject: string;
  /** The authority that decides, printed in bold upper case: "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang". */
  authority: string;
  /** The legal bases, in italics, one paragraph each, as written: "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;". */
  legalBases: string[];
  /** The proposal line, in italics, as written: "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 11 năm 2026.". */
  proposal: string;
  /** The text of Điều 1, before the list: "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 30 tập thể, cá nhân, hộ gia đình và doanh nghiệp có tên sau, đã có thành tích xuất sắc trong …:". */
  awardText: string;
  /** The awardees, listed in a numbered table under Điều 1, in this order. */
  awardees: DecisionAwardee[];
  /** The cash rewards (Điều 2), one sentence each; with none, Điều 2 is the execution article. */
  cashRewards: CashReward[];
  /** A sentence after the rewards: "Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của tỉnh.". */
  fundingSource?: string;
  /** The execution article (the last one), as written: "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ … chịu trách nhiệm thi hành Quyết định này./.". */
  execution: string;
  /** The recipients (Nơi nhận), one per line, without the leading dash: "Như Điều 3;", "Lưu: VT, NC.". */
  recipients: string[];
  signature: SignatureBlock;
}

/** A certificate (Bằng khen, Giấy khen), A4 landscape. */
export interface AwardCertificateDocument {
  /** Who awards it, printed in bold upper case: "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang". */
  authority: string;
  /** The form of the award, printed large in upper case: "Bằng khen", "Giấy khen". */
  formName: string;
  /** The awardee's name as printed: "Ông Nguyễn Văn An", "Hộ ông Ma Văn Sinh", "Công ty TNHH Chè Tân Trào". */
  awardeeName: string;
  /** Position and unit, or address: "Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Tuyên Quang". */
  awardeeDetail?: string;
  /** The achievement line: "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2026". */
  achievement: string;
  /** The decision that awards it, printed bottom left: "Quyết định số 12/QĐ-UBND ngày 29/11/2026". */
  decision: { number: number; symbol: string; date: IsoDate };
  /** The entry in the golden book (Số sổ vàng), printed under the decision when present. */
  goldenBookNumber?: string;
  /** The place name of the date line: "Tuyên Quang". */
  place: string;
  /** The date printed above the signature (usually the decision's). */
  date: IsoDate;
  signature: SignatureBlock;
}
