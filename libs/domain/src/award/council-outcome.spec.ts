import type { CouncilScoreRule, CouncilVoteRule } from './award-catalogue.types';
import { councilOutcome, refuseCouncilInput } from './council-outcome';
import type { VoteBallot } from './council-vote';

const ninetyOfMembers: CouncilVoteRule = { kind: 'vote', threshold: 0.9, of: 'members', quorum: 2 / 3, secretBallot: true };
const majorityOfPresent: CouncilVoteRule = {
  kind: 'vote',
  threshold: 0.5,
  comparison: 'more_than',
  of: 'present',
  quorum: 0.5,
  secretBallot: false,
};

/** `agree` agreeing, `disagree` against, `abstain` abstaining, numbered m1, m2…; `inWriting` of the agreeing sent in writing. */
function ballots(agree: number, disagree = 0, abstain = 0, inWriting = 0): VoteBallot[] {
  const choices = [...Array(agree).fill('agree'), ...Array(disagree).fill('disagree'), ...Array(abstain).fill('abstain')];
  return choices.map((choice, i) => ({ memberId: `m${i + 1}`, choice, ...(i < inWriting ? { inWriting: true } : {}) }));
}

describe('councilOutcome: a vote', () => {
  it('passes with exactly 90% of the members, not one fewer', () => {
    expect(councilOutcome(ninetyOfMembers, { members: 10, ballots: ballots(9, 1) })).toEqual({
      quorate: true,
      present: 10,
      agree: 9,
      disagree: 1,
      abstain: 0,
      passed: true,
    });
    expect(councilOutcome(ninetyOfMembers, { members: 30, ballots: ballots(26, 3, 1) }).passed).toBe(false);
    expect(councilOutcome(ninetyOfMembers, { members: 30, ballots: ballots(27, 3) }).passed).toBe(true);
  });

  it('counts the share of all members: those who did not vote count against', () => {
    expect(councilOutcome(ninetyOfMembers, { members: 11, ballots: ballots(9) })).toMatchObject({ quorate: true, agree: 9, passed: false });
  });

  it('counts an absent member’s written opinion toward the members’ share, not toward the quorum', () => {
    const outcome = councilOutcome(ninetyOfMembers, { members: 9, ballots: ballots(9, 0, 0, 3) });
    expect(outcome).toMatchObject({ quorate: true, present: 6, agree: 9, passed: true });
    expect(councilOutcome(ninetyOfMembers, { members: 9, ballots: ballots(9, 0, 0, 4) })).toMatchObject({
      quorate: false,
      present: 5,
      passed: false,
    });
  });

  it('never passes a session without its quorum, however unanimous', () => {
    expect(councilOutcome(majorityOfPresent, { members: 9, ballots: ballots(4) })).toMatchObject({
      quorate: false,
      agree: 4,
      passed: false,
    });
  });

  it('takes "more than half of those present" strictly: a tie does not pass', () => {
    expect(councilOutcome(majorityOfPresent, { members: 9, ballots: ballots(3, 2, 1) }).passed).toBe(false);
    expect(councilOutcome(majorityOfPresent, { members: 9, ballots: ballots(4, 2, 1) }).passed).toBe(true);
  });

  it('does not count written opinions when the share is of those present', () => {
    expect(
      councilOutcome(majorityOfPresent, {
        members: 9,
        ballots: [...ballots(5, 0, 0, 3), ...ballots(0, 2).map((b, i) => ({ ...b, memberId: `x${i}` }))],
      }),
    ).toMatchObject({
      present: 4,
      agree: 2,
      disagree: 2,
      passed: false,
    });
  });

  it('refuses ballots it cannot count, and throws if asked to count them anyway', () => {
    const twice = [...ballots(2), { memberId: 'm1', choice: 'disagree' as const }];
    expect(refuseCouncilInput(ninetyOfMembers, { members: 5, ballots: twice })).toEqual({
      kind: 'invalid',
      message: 'Thành viên m1 có hai phiếu; mỗi thành viên chỉ có một phiếu.',
      en: 'Member m1 has two ballots; each member has one.',
    });
    expect(refuseCouncilInput(ninetyOfMembers, { members: 2, ballots: ballots(3) })?.message).toBe(
      'Có 3 phiếu nhưng Hội đồng chỉ có 2 thành viên.',
    );
    expect(refuseCouncilInput(ninetyOfMembers, { members: 0, ballots: [] })?.message).toContain('số nguyên dương');
    expect(() => councilOutcome(ninetyOfMembers, { members: 5, ballots: twice })).toThrow('có hai phiếu');
  });
});

describe('councilOutcome: scoring an initiative', () => {
  const rule: CouncilScoreRule = {
    kind: 'score',
    criteria: [
      { key: 'moi', text: 'Tính mới', maxPoints: 40 },
      { key: 'hieu-qua', text: 'Hiệu quả', maxPoints: 60 },
    ],
    passMark: 70,
    quorum: 2 / 3,
  };
  const sheet = (memberId: string, moi: number, hieuQua: number) => ({ memberId, points: { moi, 'hieu-qua': hieuQua } });

  it('recognises an initiative whose mean total reaches the pass mark exactly', () => {
    expect(councilOutcome(rule, { members: 3, scores: [sheet('a', 30, 40.5), sheet('b', 25, 44.5), sheet('c', 35, 35)] })).toEqual({
      quorate: true,
      present: 3,
      meanTotal: 70,
      perCriterion: { moi: 30, 'hieu-qua': 40 },
      passed: true,
    });
  });

  it('compares in hundredths, so decimals add up as written', () => {
    const scores = [sheet('a', 20.1, 49.9), sheet('b', 20.2, 49.8), sheet('c', 20.3, 49.69)];
    expect(councilOutcome(rule, { members: 3, scores }).passed).toBe(false);
    expect(councilOutcome(rule, { members: 3, scores: [...scores.slice(0, 2), sheet('c', 20.3, 49.7)] }).passed).toBe(true);
  });

  it('does not pass below the mean, nor without a quorum', () => {
    expect(councilOutcome(rule, { members: 3, scores: [sheet('a', 30, 39.99), sheet('b', 30, 40), sheet('c', 30, 40)] }).passed).toBe(
      false,
    );
    expect(councilOutcome(rule, { members: 6, scores: [sheet('a', 40, 60), sheet('b', 40, 60), sheet('c', 40, 60)] })).toMatchObject({
      quorate: false,
      meanTotal: 100,
      passed: false,
    });
    expect(councilOutcome(rule, { members: 3, scores: [] })).toMatchObject({ quorate: false, meanTotal: 0, passed: false });
  });

  it('refuses points outside 0..maxPoints, missing or unknown criteria, and points finer than hundredths', () => {
    const refusal = (points: Record<string, number>) =>
      refuseCouncilInput(rule, { members: 3, scores: [{ memberId: 'a', points }] })?.message;
    expect(refusal({ moi: 41, 'hieu-qua': 50 })).toBe('Phiếu của thành viên a: điểm tiêu chí "Tính mới" phải từ 0 đến 40, không phải 41.');
    expect(refusal({ moi: -1, 'hieu-qua': 50 })).toContain('phải từ 0 đến 40');
    expect(refusal({ moi: 30 })).toBe('Phiếu của thành viên a: điểm tiêu chí "Hiệu quả" phải từ 0 đến 60, chưa chấm.');
    expect(refusal({ moi: 30, 'hieu-qua': 50, 'ung-dung': 5 })).toContain('"ung-dung" không có trong quy định');
    expect(refusal({ moi: 30.125, 'hieu-qua': 50 })).toContain('tối đa hai chữ số thập phân');
    expect(() => councilOutcome(rule, { members: 3, scores: [sheet('a', 50, 50)] })).toThrow(RangeError);
  });
});
