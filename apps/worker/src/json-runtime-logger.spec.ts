import { Writable } from 'node:stream';
import { jsonRuntimeLogger } from './json-runtime-logger';

describe('the worker’s log lines', () => {
  it('hide secrets wherever the SDK puts them, as the api’s lines do', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { logger } = jsonRuntimeLogger('info', sink);

    logger.warn('Activity failed', { activityType: 'notify', config: { smtpUrl: 'smtp://relay:hunter2@mail' }, password: 'p4ss' });

    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ msg: 'Activity failed', service: 'worker', activityType: 'notify', password: '[redacted]' });
    expect(line.config.smtpUrl).toBe('[redacted]');
    expect(lines[0]).not.toContain('hunter2');
  });
});
