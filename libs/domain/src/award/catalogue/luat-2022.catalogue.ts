/**
 * The award catalogue shipped for Luật Thi đua, khen thưởng số 06/2022/QH15 and Nghị định 98/2023/NĐ-CP,
 * both in force from 01/01/2024. Every entry cites what it encodes. Where the articles could not be read
 * (the per-form list of Điều 79, the new regime's council thresholds and time limits) the value is a
 * default marked UNVERIFIED beside it: a province or ministry overrides it (applyCatalogueOverride)
 * with the rule it actually applies, citing its own decision.
 *
 * Not encoded: the standards of each title (who qualifies) beyond the prerequisites below, and the
 * reallocation of the former district powers by Nghị định 152/2025/NĐ-CP from 01/07/2025, which could
 * not be verified (a province on the two-tier government overrides the `huyen` rules).
 */
import type { AwardCatalogue, AwardCatalogueEntry, CouncilVoteRule, StepLimits } from '../award-catalogue.types';

const LUAT = 'Luật Thi đua, khen thưởng 2022';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const VALID_FROM = '2024-01-01';

/**
 * Working days per step. The new regime's limits were not found (LAW.md B3); these are proposals set
 * against the old-regime table of the Ban Thi đua – Khen thưởng Trung ương ("Thời gian thẩm định, trả
 * kết quả khen thưởng": xã and huyện appraise in 10, a province decides in 10, and the Ban answers in
 * 10, or 20 with consultation — the 20 taken here for forwarding to the central authority).
 */
export const DEFAULT_STEP_LIMITS: StepLimits = {
  propose: 5,
  endorse: 5,
  appraise: 10,
  consult: 10,
  post: 10,
  council: 5,
  decide: 5,
  forward: 20,
};

/** Lương cơ sở from 01/07/2024, in đồng. Amounts for decisions before that date pass the earlier figure to awardAmount. */
export const BASE_SALARY_FROM_2024_07_01 = 2_340_000;

/**
 * Quorum of a council session: two thirds of its members. UNVERIFIED for the new regime (LAW.md B4 does
 * not trust the "2/3 attend" claims it found); a province overrides it.
 */
const QUORUM = 2 / 3;

/**
 * Old regime, NĐ 91/2017/NĐ-CP khoản 8 Điều 45: Chiến sĩ thi đua cấp tỉnh and toàn quốc need at least
 * 90% of the council's members, by secret ballot, absent members voting in writing. UNVERIFIED under
 * NĐ 98/2023; kept as the default.
 */
const NINETY_PER_CENT_OF_MEMBERS: CouncilVoteRule = { kind: 'vote', threshold: 0.9, of: 'members', quorum: QUORUM, secretBallot: true };

/** A provincial TTHC cites at least 80% for a Bằng khen (LAW.md B4, vinabase). UNVERIFIED under NĐ 98/2023. */
const EIGHTY_PER_CENT_OF_MEMBERS: CouncilVoteRule = { kind: 'vote', threshold: 0.8, of: 'members', quorum: QUORUM, secretBallot: true };

/**
 * No threshold was found for the other forms a provincial council reviews; the default is the majority
 * rule the Hội đồng Thi đua – Khen thưởng Trung ương itself follows (QĐ 500/QĐ-TTg: "quá nửa"). UNVERIFIED.
 */
const MAJORITY_OF_MEMBERS: CouncilVoteRule = {
  kind: 'vote',
  threshold: 0.5,
  comparison: 'more_than',
  of: 'members',
  quorum: QUORUM,
  secretBallot: false,
};

const PROVINCIAL_BOARD = 'Ban Thi đua – Khen thưởng tỉnh';
const OWN_EMULATION_OFFICE =
  'Bộ phận phụ trách thi đua – khen thưởng của đơn vị quyết định (Văn phòng Sở, Phòng Nội vụ cấp huyện, công chức Văn phòng – Thống kê cấp xã)';

const PROVINCE_CHAIRMAN = { levelCode: 'tinh', unitKinds: ['ubnd'] };
const DISTRICT_CHAIRMAN = { levelCode: 'huyen', unitKinds: ['ubnd'] };
const COMMUNE_CHAIRMAN = { levelCode: 'xa', unitKinds: ['ubnd'] };
/** Giám đốc Sở: a cơ quan chuyên môn thuộc UBND tỉnh (Điều 80 khoản 1). */
const DEPARTMENT_DIRECTOR = { levelCode: 'tinh', unitKinds: ['so'] };

/**
 * Processing time at the deciding level, from the same old-regime table (LAW.md B3): 10 for a level's
 * own decisions, 15 for a province submitting a Bằng khen, Cờ or Huân chương Lao động to the Thủ tướng,
 * 30 for Chiến sĩ thi đua toàn quốc. Dated references, overridable.
 */
const OWN_DECISION_DAYS = 10;
const SUBMISSION_DAYS = 15;
const NATIONAL_TITLE_DAYS = 30;

const INITIATIVE_RECOGNISED = {
  kind: 'initiative_recognised',
  text: `Có sáng kiến hoặc đề tài được cơ quan có thẩm quyền công nhận (${LUAT}, Điều 84 khoản 1)`,
} as const;

const entries: AwardCatalogueEntry[] = [
  {
    key: 'huan-chuong-lao-dong-hang-ba',
    name: 'Huân chương Lao động hạng Ba',
    category: 'order',
    nomineeKinds: ['individual', 'collective'],
    decidedBy: { kind: 'central', body: 'chu_tich_nuoc', title: 'Chủ tịch nước' },
    appraisedBy: PROVINCIAL_BOARD,
    postingWorkingDays: 10,
    // Some cases need the opinion of the Ban thường vụ Tỉnh ủy before the province submits (LAW.md B4,
    // a provincial TTHC); which cases exactly is UNVERIFIED, so it is asked for every Huân chương.
    consultation: true,
    council: MAJORITY_OF_MEMBERS,
    processingWorkingDays: SUBMISSION_DAYS,
    // No multiple for huân chương in LAW.md's table of Điều 54: no amount until a figure is verified.
    validFrom: VALID_FROM,
    legalBasis: [
      `${LUAT}, Điều 33 khoản 2`,
      `${LUAT}, Điều 77`,
      `${LUAT}, Điều 84 khoản 5`,
      `${ND98}, Điều 46 khoản 2 (niêm yết công khai ít nhất 10 ngày làm việc trước khi họp Hội đồng)`,
    ],
  },
  {
    key: 'chien-si-thi-dua-toan-quoc',
    name: 'Chiến sĩ thi đua toàn quốc',
    category: 'emulation_title',
    nomineeKinds: ['individual'],
    decidedBy: { kind: 'central', body: 'thu_tuong', title: 'Thủ tướng Chính phủ' },
    appraisedBy: PROVINCIAL_BOARD,
    council: NINETY_PER_CENT_OF_MEMBERS,
    // The standard of Chiến sĩ thi đua toàn quốc (how many times Chiến sĩ thi đua cấp tỉnh before) was
    // not read: only the initiative, which Điều 84 khoản 1 requires in the dossier, is checked.
    prerequisites: [INITIATIVE_RECOGNISED],
    processingWorkingDays: NATIONAL_TITLE_DAYS,
    amountMultiple: 4.5,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 78 khoản 2`, `${LUAT}, Điều 84 khoản 1`, `${ND98}, Điều 54`],
  },
  {
    key: 'bang-khen-thu-tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'commendation',
    nomineeKinds: ['individual', 'collective', 'enterprise'],
    decidedBy: { kind: 'central', body: 'thu_tuong', title: 'Thủ tướng Chính phủ' },
    appraisedBy: PROVINCIAL_BOARD,
    council: MAJORITY_OF_MEMBERS,
    processingWorkingDays: SUBMISSION_DAYS,
    // No multiple in LAW.md's table of Điều 54.
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 78 khoản 2`, `${LUAT}, Điều 84 khoản 2`],
  },
  {
    key: 'co-thi-dua-chinh-phu',
    name: 'Cờ thi đua của Chính phủ',
    category: 'emulation_title',
    nomineeKinds: ['collective', 'enterprise'],
    decidedBy: { kind: 'central', body: 'chinh_phu', title: 'Chính phủ' },
    appraisedBy: PROVINCIAL_BOARD,
    council: MAJORITY_OF_MEMBERS,
    processingWorkingDays: SUBMISSION_DAYS,
    amountMultiple: 12,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 78 khoản 1`, `${LUAT}, Điều 84 khoản 1`, `${ND98}, Điều 54`],
  },
  // Điều 79 was not read (LAW.md B2): the four provincial forms below follow provincial practice, and
  // the khoản of Điều 79 that lists each is UNVERIFIED, so the article is cited whole.
  {
    key: 'co-thi-dua-ubnd-tinh',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    category: 'emulation_title',
    nomineeKinds: ['collective', 'enterprise'],
    decidedBy: { kind: 'unit_head', units: [PROVINCE_CHAIRMAN], title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    appraisedBy: PROVINCIAL_BOARD,
    council: MAJORITY_OF_MEMBERS,
    processingWorkingDays: OWN_DECISION_DAYS,
    // No multiple in LAW.md's table of Điều 54.
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 79`, `${LUAT}, Điều 84 khoản 1`],
  },
  {
    key: 'tap-the-lao-dong-xuat-sac',
    name: 'Tập thể lao động xuất sắc',
    category: 'emulation_title',
    nomineeKinds: ['collective'],
    decidedBy: { kind: 'unit_head', units: [PROVINCE_CHAIRMAN], title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    appraisedBy: PROVINCIAL_BOARD,
    council: MAJORITY_OF_MEMBERS,
    processingWorkingDays: OWN_DECISION_DAYS,
    amountMultiple: 1.5,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 79`, `${LUAT}, Điều 84 khoản 1`, `${ND98}, Điều 54`],
  },
  {
    key: 'chien-si-thi-dua-cap-tinh',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    category: 'emulation_title',
    nomineeKinds: ['individual'],
    decidedBy: { kind: 'unit_head', units: [PROVINCE_CHAIRMAN], title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    appraisedBy: PROVINCIAL_BOARD,
    council: NINETY_PER_CENT_OF_MEMBERS,
    prerequisites: [
      // The number of consecutive years is UNVERIFIED: LAW.md has no figure for the new law's standard.
      // Three is a default, and data a province overrides.
      {
        kind: 'held_consecutively',
        awardKey: 'chien-si-thi-dua-co-so',
        years: 3,
        text: 'Đạt danh hiệu Chiến sĩ thi đua cơ sở liên tục 3 năm liền trước năm đề nghị',
      },
      INITIATIVE_RECOGNISED,
    ],
    processingWorkingDays: OWN_DECISION_DAYS,
    amountMultiple: 3,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 79`, `${LUAT}, Điều 84 khoản 1`, `${ND98}, Điều 54`],
  },
  {
    key: 'bang-khen-chu-tich-ubnd-tinh',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    category: 'commendation',
    // Households too: provinces give their chairman's Bằng khen to households that contributed (a province may withdraw it).
    nomineeKinds: ['individual', 'collective', 'household', 'enterprise'],
    decidedBy: { kind: 'unit_head', units: [PROVINCE_CHAIRMAN], title: 'Chủ tịch Ủy ban nhân dân tỉnh' },
    appraisedBy: PROVINCIAL_BOARD,
    council: EIGHTY_PER_CENT_OF_MEMBERS,
    processingWorkingDays: OWN_DECISION_DAYS,
    // No multiple in LAW.md's table of Điều 54.
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 79`, `${LUAT}, Điều 84 khoản 2`],
  },
  {
    key: 'tap-the-lao-dong-tien-tien',
    name: 'Tập thể lao động tiên tiến',
    category: 'emulation_title',
    nomineeKinds: ['collective'],
    decidedBy: {
      kind: 'unit_head',
      units: [DISTRICT_CHAIRMAN, DEPARTMENT_DIRECTOR],
      title: 'Chủ tịch Ủy ban nhân dân cấp huyện hoặc Giám đốc Sở',
    },
    appraisedBy: OWN_EMULATION_OFFICE,
    processingWorkingDays: OWN_DECISION_DAYS,
    amountMultiple: 0.8,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 80 khoản 1`, `${LUAT}, Điều 80 khoản 2`, `${ND98}, Điều 54`],
  },
  {
    key: 'chien-si-thi-dua-co-so',
    name: 'Chiến sĩ thi đua cơ sở',
    category: 'emulation_title',
    nomineeKinds: ['individual'],
    decidedBy: {
      kind: 'unit_head',
      units: [DISTRICT_CHAIRMAN, DEPARTMENT_DIRECTOR],
      title: 'Chủ tịch Ủy ban nhân dân cấp huyện hoặc Giám đốc Sở',
    },
    appraisedBy: OWN_EMULATION_OFFICE,
    prerequisites: [INITIATIVE_RECOGNISED],
    processingWorkingDays: OWN_DECISION_DAYS,
    amountMultiple: 1,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 80 khoản 1`, `${LUAT}, Điều 80 khoản 2`, `${LUAT}, Điều 84 khoản 1`, `${ND98}, Điều 54`],
  },
  {
    key: 'lao-dong-tien-tien',
    name: 'Lao động tiên tiến',
    category: 'emulation_title',
    nomineeKinds: ['individual'],
    decidedBy: {
      kind: 'unit_head',
      units: [COMMUNE_CHAIRMAN, DISTRICT_CHAIRMAN, DEPARTMENT_DIRECTOR],
      title: 'Chủ tịch Ủy ban nhân dân cấp xã, cấp huyện hoặc Giám đốc Sở',
    },
    appraisedBy: OWN_EMULATION_OFFICE,
    processingWorkingDays: OWN_DECISION_DAYS,
    amountMultiple: 0.3,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 80 khoản 1`, `${LUAT}, Điều 80 khoản 2`, `${LUAT}, Điều 80 khoản 3`, `${ND98}, Điều 54`],
  },
  {
    key: 'giay-khen',
    name: 'Giấy khen',
    category: 'commendation',
    nomineeKinds: ['individual', 'collective', 'enterprise'],
    decidedBy: {
      kind: 'unit_head',
      units: [COMMUNE_CHAIRMAN, DISTRICT_CHAIRMAN, DEPARTMENT_DIRECTOR],
      title: 'Chủ tịch Ủy ban nhân dân cấp xã, cấp huyện hoặc Giám đốc Sở',
    },
    appraisedBy: OWN_EMULATION_OFFICE,
    processingWorkingDays: OWN_DECISION_DAYS,
    // No multiple in LAW.md's table of Điều 54.
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 80 khoản 1`, `${LUAT}, Điều 80 khoản 2`, `${LUAT}, Điều 80 khoản 3`, `${LUAT}, Điều 84 khoản 2`],
  },
  {
    key: 'gia-dinh-van-hoa',
    name: 'Gia đình văn hóa',
    category: 'emulation_title',
    nomineeKinds: ['household'],
    decidedBy: { kind: 'unit_head', units: [COMMUNE_CHAIRMAN], title: 'Chủ tịch Ủy ban nhân dân cấp xã' },
    appraisedBy: OWN_EMULATION_OFFICE,
    processingWorkingDays: OWN_DECISION_DAYS,
    // No multiple in LAW.md's table of Điều 54.
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 80 khoản 3`],
  },
  {
    key: 'thon-to-dan-pho-van-hoa',
    name: 'Thôn, tổ dân phố văn hóa',
    category: 'emulation_title',
    // A thôn is not a unit of the tree: it is nominated as a team of its commune.
    nomineeKinds: ['collective'],
    decidedBy: { kind: 'unit_head', units: [DISTRICT_CHAIRMAN], title: 'Chủ tịch Ủy ban nhân dân cấp huyện' },
    appraisedBy: OWN_EMULATION_OFFICE,
    processingWorkingDays: OWN_DECISION_DAYS,
    amountMultiple: 1.5,
    validFrom: VALID_FROM,
    legalBasis: [`${LUAT}, Điều 80 khoản 2`, `${ND98}, Điều 54`],
  },
];

export const LUAT_2022_CATALOGUE: AwardCatalogue = {
  version: 'luat-06-2022-qh15/nd-98-2023',
  validFrom: VALID_FROM,
  stepLimits: DEFAULT_STEP_LIMITS,
  baseSalary: BASE_SALARY_FROM_2024_07_01,
  entries,
};
