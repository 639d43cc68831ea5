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

  it('remembers the e-mail outcome', async () => {
    const { notification } = await store.recordOnce('mail-1', leaderId, fields('Thư'));
    await store.markEmail(notification.id, 'failed', 'connect ECONNREFUSED');
    expect(await dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: notification.id })).toMatchObject({
      emailStatus: 'failed',
      emailError: 'connect ECONNREFUSED',
    });
    await store.markEmail(notification.id, 'sent');
    expect(await dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: notification.id })).toMatchObject({
      emailStatus: 'sent',
      emailError: null,
    });
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
