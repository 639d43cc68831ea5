/**
 * A council scoring an initiative on the plan's criteria: recognised when the mean of the members' totals
 * reaches the pass mark. Points are counted in hundredths (two decimals at most, refused beyond), so
 * the comparison sum ≥ pass mark × scorers is between whole numbers and a mean of exactly the pass mark
 * passes.
 */
import { refuse, type Refusal } from '../approval/refusal';
import type { CouncilScoreRule } from './award-catalogue.types';
import { reachesShare } from './share';
import { refuseMembers, refuseRepeats } from './council-vote';

export interface ScoreSheet {
  memberId: string;
  points: Record<string, number>;
}

export interface CouncilScoreInput {
  members: number;
  scores: ScoreSheet[];
}

export interface CouncilScoreOutcome {
  quorate: boolean;
  /** Members who scored. */
  present: number;
  /** The mean of the members' totals; 0 when nobody scored. For display: `passed` is decided in whole hundredths. */
  meanTotal: number;
  /** The mean points per criterion key. */
  perCriterion: Record<string, number>;
  passed: boolean;
}

const hundredths = (points: number) => Math.round(points * 100);
const inHundredths = (points: number) => Math.abs(points * 100 - hundredths(points)) < 1e-6;

/** Why the sheets cannot be counted: a criterion missing or unknown, points outside 0..maxPoints or finer than hundredths. */
export function refuseScoreInput(rule: CouncilScoreRule, input: CouncilScoreInput): Refusal | undefined {
  const problem = refuseMembers(input.members, input.scores.length) ?? refuseRepeats(input.scores.map((s) => s.memberId));
  if (problem) return problem;
  const keys = rule.criteria.map((criterion) => criterion.key);
  for (const sheet of input.scores) {
    const unknown = Object.keys(sheet.points).find((key) => !keys.includes(key));
    if (unknown !== undefined)
      return refuse(
        'invalid',
        `Phiếu của thành viên ${sheet.memberId} chấm tiêu chí "${unknown}" không có trong quy định.`,
        `The score sheet of member ${sheet.memberId} scores criterion "${unknown}", which the rules do not have.`,
      );
    for (const criterion of rule.criteria) {
      const points = sheet.points[criterion.key];
      if (typeof points !== 'number' || !Number.isFinite(points) || points < 0 || points > criterion.maxPoints) {
        return refuse(
          'invalid',
          `Phiếu của thành viên ${sheet.memberId}: điểm tiêu chí "${criterion.text}" phải từ 0 đến ${criterion.maxPoints}${points === undefined ? ', chưa chấm' : `, không phải ${points}`}.`,
          `Score sheet of member ${sheet.memberId}: the points for criterion "${criterion.text}" must be from 0 to ${criterion.maxPoints}${points === undefined ? ', not yet scored' : `, not ${points}`}.`,
        );
      }
      if (!inHundredths(points)) {
        return refuse(
          'invalid',
          `Phiếu của thành viên ${sheet.memberId}: điểm tiêu chí "${criterion.text}" ghi tối đa hai chữ số thập phân.`,
          `Score sheet of member ${sheet.memberId}: the points for criterion "${criterion.text}" have at most two decimal places.`,
        );
      }
    }
  }
  return undefined;
}

export function scoreOutcome(rule: CouncilScoreRule, input: CouncilScoreInput): CouncilScoreOutcome {
  const refusal = refuseScoreInput(rule, input);
  if (refusal) throw new RangeError(refusal.message);
  const present = input.scores.length;
  const sumOf = (key: string) => input.scores.reduce((sum, sheet) => sum + hundredths(sheet.points[key]), 0);
  const perCriterionHundredths = rule.criteria.map((criterion) => [criterion.key, sumOf(criterion.key)] as const);
  const total = perCriterionHundredths.reduce((sum, [, points]) => sum + points, 0);
  const mean = (sum: number) => (present === 0 ? 0 : sum / present / 100);
  const quorate = reachesShare(present, input.members, rule.quorum);
  return {
    quorate,
    present,
    meanTotal: mean(total),
    perCriterion: Object.fromEntries(perCriterionHundredths.map(([key, sum]) => [key, mean(sum)])),
    passed: quorate && present > 0 && total >= hundredths(rule.passMark) * present,
  };
}
