import { takeFirstAnswer, type FirstRows } from './handoff';

describe('the first rows’ answers, handed to the app', () => {
  const global = globalThis as unknown as { window?: { tdktFirstRows?: FirstRows } };
  afterEach(() => delete global.window);

  it('are taken once each: a later fetch of the same data (a refresh) asks the API', async () => {
    const me = Promise.resolve(null);
    global.window = { tdktFirstRows: { requests: { me, inboxTotal: Promise.resolve(3) }, replaced: false } };
    expect(takeFirstAnswer('me')).toBe(me);
    expect(takeFirstAnswer('me')).toBeUndefined();
    expect(await takeFirstAnswer('inboxTotal')).toBe(3);
  });

  it('are none when the script did not run', () => {
    global.window = {};
    expect(takeFirstAnswer('inboxPage')).toBeUndefined();
  });
});
