/**
 * A council's vote on one name. Whether it passes is a count against a share of the members (or of those
 * present), compared in whole numbers (share.ts), so 9 of 10 reach 90% exactly. Members who could not
 * attend may vote in writing (the old regime's rule for the 90% titles): their ballots count toward a
 * share of all members, not toward the quorum, and not when the share is of those present.
 */
import { refuse, type Refusal } from '../approval/refusal';
import type { CouncilVoteRule } from './award-catalogue.types';
import { reachesShare } from './share';

export interface VoteBallot {
  memberId: string;
  choice: 'agree' | 'disagree' | 'abstain';
  /** An absent member's opinion sent in writing. */
  inWriting?: boolean;
}

export interface CouncilVoteInput {
  /** The council's members, present or not. */
  members: number;
  ballots: VoteBallot[];
}

export interface CouncilVoteOutcome {
  quorate: boolean;
  /** Members who attended and voted. */
  present: number;
  agree: number;
  disagree: number;
  abstain: number;
  passed: boolean;
}

const CHOICES = ['agree', 'disagree', 'abstain'];

/** Why the ballots cannot be counted: a member voting twice, more ballots than members, a choice that is none of the three. */
export function refuseVoteInput(input: CouncilVoteInput): Refusal | undefined {
  const problem = refuseMembers(input.members, input.ballots.length) ?? refuseRepeats(input.ballots.map((b) => b.memberId));
  if (problem) return problem;
  const odd = input.ballots.find((ballot) => !CHOICES.includes(ballot.choice));
  return odd
    ? refuse(
        'invalid',
        `Phiếu của thành viên ${odd.memberId} phải là đồng ý, không đồng ý hoặc không biểu quyết.`,
        `Member ${odd.memberId}'s ballot must be for, against or abstain.`,
      )
    : undefined;
}

export function voteOutcome(rule: CouncilVoteRule, input: CouncilVoteInput): CouncilVoteOutcome {
  const refusal = refuseVoteInput(input);
  if (refusal) throw new RangeError(refusal.message);
  const present = input.ballots.filter((ballot) => !ballot.inWriting).length;
  const counted = rule.of === 'members' ? input.ballots : input.ballots.filter((ballot) => !ballot.inWriting);
  const count = (choice: VoteBallot['choice']) => counted.filter((ballot) => ballot.choice === choice).length;
  const [agree, disagree, abstain] = [count('agree'), count('disagree'), count('abstain')];
  const quorate = reachesShare(present, input.members, rule.quorum);
  const base = rule.of === 'members' ? input.members : present;
  return { quorate, present, agree, disagree, abstain, passed: quorate && reachesShare(agree, base, rule.threshold, rule.comparison) };
}

/** Shared with the score rule: a council of whole members, no more sheets than members, one each. */
export function refuseMembers(members: number, sheets: number): Refusal | undefined {
  if (!Number.isInteger(members) || members < 1)
    return refuse(
      'invalid',
      'Số thành viên Hội đồng phải là số nguyên dương.',
      'The number of council members must be a positive whole number.',
    );
  if (sheets > members)
    return refuse(
      'invalid',
      `Có ${sheets} phiếu nhưng Hội đồng chỉ có ${members} thành viên.`,
      `There are ${sheets} ballots but the council has only ${members} members.`,
    );
  return undefined;
}

export function refuseRepeats(memberIds: string[]): Refusal | undefined {
  const repeated = memberIds.find((id, i) => memberIds.indexOf(id) !== i);
  return repeated === undefined
    ? undefined
    : refuse(
        'invalid',
        `Thành viên ${repeated} có hai phiếu; mỗi thành viên chỉ có một phiếu.`,
        `Member ${repeated} has two ballots; each member has one.`,
      );
}
