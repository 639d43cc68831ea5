import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@tdkt/config';
import { OfficialEntity, openDatabase, seedDemoOrg } from '@tdkt/persistence';
import { createTestDatabase, DatabaseKind, startTestSmtp, TestDatabase, TestSmtp } from '@tdkt/testing';

/**
 * What the specs of activities that send mail start from: a migrated database with the demo province, a test SMTP
 * server, and the settings that point a mailer at any relay. Test data, not exported.
 */
export class MailTestBed {
  private constructor(
    private readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly smtp: TestSmtp,
    private readonly dataDir: string,
    /** The district leader lanhdao.ys's address: the recipient most specs tell. */
    readonly leaderEmail: string,
  ) {}

  static async start(kind: DatabaseKind): Promise<MailTestBed> {
    const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-mail-'));
    const database = await createTestDatabase(kind);
    const dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    const leaderEmail = (await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'lanhdao.ys' })).email;
    return new MailTestBed(database, dataSource, await startTestSmtp(), dataDir, leaderEmail);
  }

  /** The worker's settings with mail going to `smtpUrl` (a stopped server's, to see a relay refuse). */
  configVia(smtpUrl: string): AppConfig {
    return loadConfig({
      JWT_SECRET: 'x'.repeat(32),
      DATA_DIR: this.dataDir,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Thi đua – Khen thưởng <no-reply@tuyenquang.demo.gov.vn>',
    });
  }

  async stop(): Promise<void> {
    await this.smtp.close();
    await this.dataSource.destroy();
    await this.database.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
