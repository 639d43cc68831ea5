import { formatMessage, vi, type MessageKey } from '../../i18n/messages';
import { levelLabel, levelsOfPlan } from './level-label';

const t = (key: MessageKey, params?: Record<string, string | number>) => formatMessage(vi, key, params);

describe('levels as the form offers them', () => {
  it('names the administrative levels, a level left for the API by its offset, and shows any other code', () => {
    expect(levelLabel('xa', t)).toBe('Cấp xã');
    expect(levelLabel('default', t)).toBe('Các cấp còn lại');
    expect(levelLabel('{{level+2}}', t)).toBe('Cấp dưới 2 bậc');
    expect(levelLabel('thon', t)).toBe('thon');
  });

  it('lists the tree’s levels first, then those only the plan names', () => {
    expect(levelsOfPlan(['tinh', 'huyen'], ['default', '{{level+3}}', 'huyen', 'thon', '{{level+2}}', '{{level+2}}'])).toEqual([
      'tinh',
      'huyen',
      '{{level+2}}',
      '{{level+3}}',
      'thon',
    ]);
  });
});
