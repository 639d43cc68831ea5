import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@tdkt/testing';

/**
 * A PostgreSQL server of the test's own (Debian's binaries, a data folder in a temp dir, a free port), so a
 * fault test can stop the database under the running system without touching the server other suites use.
 * Under root, PostgreSQL refuses to run as root: its processes run as the `postgres` account.
 */
export class PrivatePostgres {
  private constructor(
    private readonly bin: string,
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const bin = newestBinDir();
    const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-private-pg-'));
    chmodSync(dataDir, 0o777);
    const instance = new PrivatePostgres(bin, join(dataDir, 'data'), await freePort());
    instance.run('initdb', ['-D', instance.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
    await instance.resume();
    return instance;
  }

  /** The administrator's URL, in the shape TEST_POSTGRES_URL has. */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A fast shutdown: every connection is cut, as when the database host goes down. */
  async halt(): Promise<void> {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  async resume(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    this.run('pg_ctl', ['-D', this.dataDir, '-l', join(this.dataDir, 'server.log'), '-o', options, '-w', 'start']);
  }

  async destroy(): Promise<void> {
    try {
      this.run('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(join(this.dataDir, '..'), { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const command = join(this.bin, tool);
    if (userInfo().uid === 0) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  }
}

function newestBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error(`No PostgreSQL under ${root}: tools/lib/ensure-postgres.sh installs it`);
  return join(root, versions[0], 'bin');
}
