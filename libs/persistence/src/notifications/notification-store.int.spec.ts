import { DataSource } from 'typeorm';
import { createTestDatabase, databasesUnderTest, TestDatabase } from '@tdkt/testing';
import { openDatabase } from '../data-source';
import { NotificationEntity, OfficialEntity } from '../entities';
import { seedDemoOrg } from '../seed/seed-demo-org';
import { NotificationFields, NotificationStore } from './notification-store';

const fields = (subject: string): NotificationFields => ({
  campaignId: 'campaign-1',
  kind: 'task',
  subject,
  body: 'Nội dung',
  emailStatus: 'pending',
});

describe.each(databasesUnderTest())('notification store on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let store: NotificationStore;
  let leaderId: string;
  let specialistId: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await openDatabase(database.config, { migrate: true });
    await seedDemoOrg(dataSource);
    store = new NotificationStore(dataSource);
    const officials = dataSource.getRepository(OfficialEntity);
    leaderId = (await officials.findOneByOrFail({ username: 'lanhdao.ys' })).id;
    specialistId = (await officials.findOneByOrFail({ username: 'chuyenvien.ys' })).id;
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('finds the active officials of a unit holding any of the roles', async () => {
    expect(await store.recipientsOf('TQ-YS', ['leader'])).toEqual([expect.objectContaining({ id: leaderId, fullName: 'Hà Văn Quyết' })]);
    expect((await store.recipientsOf('TQ-YS', ['leader', 'specialist', 'deputy_leader'])).map((r) => r.id).sort()).toEqual(
      [leaderId, specialistId].sort(),
    );
    expect(await store.recipientsOf('TQ-YS', [])).toEqual([]);

    await dataSource.getRepository(OfficialEntity).update({ id: specialistId }, { active: false });
    expect(await store.recipientsOf('TQ-YS', ['specialist'])).toEqual([]);
    await dataSource.getRepository(OfficialEntity).update({ id: specialistId }, { active: true });
  });

  it('records a notification once even when attempts race', async () => {
    const attempts = await Promise.all(Array.from({ length: 5 }, () => store.recordOnce('race-1', leaderId, fields('Thông báo'))));

    expect(attempts.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(attempts.map((a) => a.notification.id)).size).toBe(1);
    expect(await dataSource.getRepository(NotificationEntity).countBy({ dedupeKey: 'race-1' })).toBe(1);
  });

  it('remembers the e-mail outcome: each failure counted, with when to try again', async () => {
    const { notification } = await store.recordOnce('mail-1', leaderId, fields('Thư'));
    const row = () => dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: notification.id });
    await store.markEmailFailed(notification.id, 'connect ECONNREFUSED', new Date('2026-11-30T03:00:00.000Z'));
    await store.markEmailFailed(notification.id, '451 try later', new Date('2026-11-30T03:02:00.000Z'));
    expect(await row()).toMatchObject({ emailStatus: 'failed', emailError: '451 try later', emailAttempts: 2 });
    expect((await row()).emailRetryAt?.toISOString()).toBe('2026-11-30T03:02:00.000Z');
    await store.markEmail(notification.id, 'sent');
    expect(await row()).toMatchObject({ emailStatus: 'sent', emailError: null, emailRetryAt: null, emailAttempts: 2 });
  });

  it('hands the mail retry workflow the failed e-mails due, the longest waiting first, to recipients still active', async () => {
    const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 0, minute));
    const failed = async (key: string, officialId: string, retryAt: Date) => {
      const { notification } = await store.recordOnce(key, officialId, fields(key));
      await store.markEmailFailed(notification.id, 'refused', retryAt);
      return notification.id;
    };
    const commune = (await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'chuyenvien.ys-thangquan' })).id;
    const later = await failed('due-later', leaderId, at(5));
    const first = await failed('due-first', commune, at(1));
    await failed('not-yet', leaderId, at(30));
    const { notification: sent } = await store.recordOnce('sent-already', leaderId, fields('sent'));
    await store.markEmail(sent.id, 'sent');
    const gone = (await dataSource.getRepository(OfficialEntity).findOneByOrFail({ username: 'thanhtra.ys' })).id;
    await failed('left-the-office', gone, at(0));
    await dataSource.getRepository(OfficialEntity).update({ id: gone }, { active: false });

    const due = await store.failedMailDue(at(10), 10);
    expect(due.map((d) => d.notification.id)).toEqual([first, later]);
    const official = await dataSource.getRepository(OfficialEntity).findOneByOrFail({ id: commune });
    expect(due[0].recipient).toEqual({ id: commune, email: official.email, fullName: official.fullName });
    expect((await store.failedMailDue(at(10), 1)).map((d) => d.notification.id)).toEqual([first]);
  });

  it('lists an inbox newest first, pages it and marks messages read only for their owner', async () => {
    for (const n of [1, 2, 3]) {
      await store.recordOnce(`inbox-${n}`, specialistId, fields(`Thông báo ${n}`));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    const firstPage = await store.listFor(specialistId, { limit: 2 });
    expect(firstPage.total).toBe(3);
    expect(firstPage.items.map((n) => n.subject)).toEqual(['Thông báo 3', 'Thông báo 2']);
    expect((await store.listFor(specialistId, { limit: 2, offset: 2 })).items.map((n) => n.subject)).toEqual(['Thông báo 1']);

    const newest = firstPage.items[0];
    expect(await store.markRead(leaderId, newest.id)).toBe(false);
    expect(await store.markRead(specialistId, newest.id)).toBe(true);
    expect(await store.markRead(specialistId, newest.id)).toBe(true);
    const unread = await store.listFor(specialistId, { unreadOnly: true });
    expect(unread.total).toBe(2);
    expect(unread.items.map((n) => n.subject)).toEqual(['Thông báo 2', 'Thông báo 1']);
    expect((await store.listFor(specialistId)).items[0].readAt).toBeInstanceOf(Date);
  });
});
