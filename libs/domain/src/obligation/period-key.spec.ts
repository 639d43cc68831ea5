import { periodKey, splitPeriodKey } from './period-key';

describe('a periodic report’s key', () => {
  it('joins phase and period with a character a URL carries unescaped', () => {
    expect(periodKey('bao-cao', 2)).toBe('bao-cao~2');
    expect(encodeURIComponent(periodKey('bao-cao', 2))).toBe('bao-cao~2');
  });

  it('splits new keys and the "#" keys of campaigns issued before', () => {
    expect(splitPeriodKey('bao-cao~12')).toEqual({ phaseKey: 'bao-cao', period: 12 });
    expect(splitPeriodKey('bao-cao#3')).toEqual({ phaseKey: 'bao-cao', period: 3 });
    expect(splitPeriodKey('phat-dong')).toEqual({ phaseKey: 'phat-dong', period: null });
  });
});
