import type { CouncilRule, CouncilScoreRule, CouncilVoteRule } from './award-catalogue.types';
import { refuseScoreInput, scoreOutcome, type CouncilScoreInput, type CouncilScoreOutcome } from './council-score';
import { refuseVoteInput, voteOutcome, type CouncilVoteInput, type CouncilVoteOutcome } from './council-vote';
import type { Refusal } from '../approval/refusal';

/**
 * The council's result on one name under the rule of its award form: a vote (quorate, the count of
 * each choice, passed) or scores (quorate, mean total and per criterion, passed). Not quorate is never
 * passed. Throws on ballots refuseCouncilInput refuses: check them when they are cast.
 */
export function councilOutcome(rule: CouncilVoteRule, input: CouncilVoteInput): CouncilVoteOutcome;
export function councilOutcome(rule: CouncilScoreRule, input: CouncilScoreInput): CouncilScoreOutcome;
export function councilOutcome(rule: CouncilRule, input: CouncilVoteInput | CouncilScoreInput): CouncilVoteOutcome | CouncilScoreOutcome;
export function councilOutcome(rule: CouncilRule, input: CouncilVoteInput | CouncilScoreInput): CouncilVoteOutcome | CouncilScoreOutcome {
  return rule.kind === 'vote' ? voteOutcome(rule, asVote(input)) : scoreOutcome(rule, asScore(input));
}

/** Why the ballots or score sheets cannot be counted under the rule, in words for the council's secretary. */
export function refuseCouncilInput(rule: CouncilRule, input: CouncilVoteInput | CouncilScoreInput): Refusal | undefined {
  return rule.kind === 'vote' ? refuseVoteInput(asVote(input)) : refuseScoreInput(rule, asScore(input));
}

function asVote(input: CouncilVoteInput | CouncilScoreInput): CouncilVoteInput {
  if (!('ballots' in input)) throw new TypeError('A vote is counted from ballots, not score sheets');
  return input;
}

function asScore(input: CouncilVoteInput | CouncilScoreInput): CouncilScoreInput {
  if (!('scores' in input)) throw new TypeError('Scores are counted from score sheets, not ballots');
  return input;
}
