import { fromVietnamWallClock, toVietnamWallClock } from './vietnam-time';

describe('Vietnam wall clock', () => {
  it('shows an instant on Vietnam’s clock', () => {
    expect(toVietnamWallClock(new Date('2026-03-10T17:30:00Z'))).toBe('2026-03-11T00:30');
  });

  it('reads a typed date and time as Vietnam time, whatever the browser’s zone', () => {
    expect(fromVietnamWallClock('2026-03-11T00:30')).toBe('2026-03-11T00:30:00+07:00');
    expect(Date.parse(fromVietnamWallClock('2026-03-11T00:30')!)).toBe(Date.parse('2026-03-10T17:30:00Z'));
  });

  it('refuses what is not a date and time, or a date that does not exist', () => {
    expect(fromVietnamWallClock('')).toBeNull();
    expect(fromVietnamWallClock(undefined)).toBeNull();
    expect(fromVietnamWallClock('2026-02-31T10:00')).toBeNull();
    expect(fromVietnamWallClock('10/03/2026 08:00')).toBeNull();
  });
});
