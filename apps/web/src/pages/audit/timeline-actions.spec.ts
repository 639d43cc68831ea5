import { en, vi } from '../../i18n/messages';
import { actionLabelKey, isTimelineAction, TIMELINE_ACTIONS } from './timeline-actions';

describe('the decision log’s actions', () => {
  it('starts with the plan’s own steps, in the log’s order', () =>
    expect(TIMELINE_ACTIONS.slice(0, 5)).toEqual(['plan_submitted', 'plan_approved', 'plan_returned', 'plan_rejected', 'plan_signed']));

  it('has words for every action, in both languages', () => {
    for (const action of TIMELINE_ACTIONS) {
      const key = actionLabelKey(action);
      expect(key && [vi[key], en[key]].every((text) => text.trim().length > 0)).toBe(true);
    }
    expect(vi[actionLabelKey('plan_signed')!]).toBe('Ký ban hành kế hoạch');
  });

  it('leaves an action this version does not know to the API’s own label', () => {
    expect(isTimelineAction('toString')).toBe(false);
    expect(actionLabelKey('a_future_action')).toBeNull();
  });
});
