import type { AwardDossier } from '../../api/award-queries';
import { byPosition, councilRule, droppedOf, routeProgress, runningNames } from './dossier-view';

const step = (kind: string) =>
  ({ kind, unitCode: 'XA', actingUnits: ['XA'], role: 'leader', workingDays: 5 }) as AwardDossier['route'][number];
const route = [step('propose'), step('appraise'), step('decide')];
const named = (index: number, status: 'in_progress' | 'awarded' | 'not_awarded') =>
  ({
    index,
    name: `Người ${index + 1}`,
    nominee: { kind: 'individual' },
    achievements: '',
    standing: { status },
  }) as AwardDossier['nominations'][number];

describe('where the route stands', () => {
  it('highlights the step waiting while the dossier is under way', () => {
    expect(routeProgress({ status: 'in_progress', stepIndex: 1, route })).toEqual({ current: 1, status: 'process' });
  });

  it('marks every step done once decided', () => {
    expect(routeProgress({ status: 'decided', stepIndex: 3, route })).toEqual({ current: 3, status: 'finish' });
  });

  it('marks the step it stopped at when it ended without an award or lapsed', () => {
    expect(routeProgress({ status: 'closed_unawarded', stepIndex: 1, route })).toEqual({ current: 1, status: 'error' });
    expect(routeProgress({ status: 'expired', stepIndex: 3, route })).toEqual({ current: 2, status: 'error' });
  });
});

describe('the names still in the running', () => {
  it('are those no step has stopped', () => {
    const dossier = { nominations: [named(0, 'not_awarded'), named(1, 'in_progress'), named(2, 'in_progress')] };
    expect(runningNames(dossier).map((n) => n.index)).toEqual([1, 2]);
  });
});

describe('passing a list on', () => {
  it('drops the ticked names still in the running, each with its reason trimmed', () => {
    const drops = [
      { drop: true, reason: ' Chưa đủ thời gian công tác ' },
      undefined,
      { drop: false, reason: 'changed my mind' },
      { drop: true },
    ];
    expect(droppedOf(drops, [0, 1, 2, 3])).toEqual([
      { index: 0, reason: 'Chưa đủ thời gian công tác' },
      { index: 3, reason: '' },
    ]);
    // A name already stopped cannot be dropped again.
    expect(droppedOf(drops, [1, 2])).toEqual([]);
    expect(droppedOf(undefined, [0])).toEqual([]);
  });
});

describe('a ballot', () => {
  it('is keyed by position, for every name still in the running', () => {
    expect(byPosition([0, 2], (index) => (index === 0 ? 'agree' : 'abstain'))).toEqual({ '0': 'agree', '2': 'abstain' });
  });

  it('scores against the council step’s criteria', () => {
    const council = {
      kind: 'score' as const,
      quorum: 0.6,
      threshold: null,
      comparison: null,
      of: null,
      secretBallot: null,
      criteria: [{ key: 'tinh-moi', text: 'Tính mới', maxPoints: 20 }],
      passMark: 70,
    };
    const withCouncil = [step('propose'), { ...step('council'), council }, step('decide')];
    expect(councilRule({ stepIndex: 1, route: withCouncil })).toBe(council);
    expect(councilRule({ stepIndex: 0, route: withCouncil })).toBe(council);
    expect(councilRule({ stepIndex: 0, route })).toBeUndefined();
  });
});
