import { randomUUID } from 'node:crypto';
import { DataSource, FindOptionsWhere, IsNull } from 'typeorm';
import type { Role } from '@tdkt/domain';
import { EmailStatus, NotificationEntity, OfficialEntity, OfficialRoleEntity } from '../entities';

export interface Recipient {
  id: string;
  email: string;
  fullName: string;
}

export interface NotificationFields {
  campaignId: string | null;
  kind: string;
  subject: string;
  body: string;
  emailStatus: EmailStatus;
}

export interface RecordResult {
  /** The stored row: the one just written, or the one an earlier attempt wrote. */
  notification: NotificationEntity;
  created: boolean;
}

export interface InboxPage {
  items: NotificationEntity[];
  total: number;
}

const MAX_PAGE = 100;
const MAX_ERROR_LENGTH = 2000;

/** The in-app inbox: who receives a notification, writing it once per recipient, and reading it back. */
export class NotificationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Active officials of the unit holding any of the roles, each once, in username order. */
  /** Named officials (still active): the drafter of a plan, the author of a report. */
  async officialsByIds(ids: readonly string[]): Promise<Recipient[]> {
    if (!ids.length) return [];
    const officials = await this.dataSource
      .getRepository(OfficialEntity)
      .createQueryBuilder('official')
      .select(['official.id', 'official.email', 'official.fullName'])
      .where('official.id IN (:...ids)', { ids })
      .andWhere('official.active = :active', { active: true })
      .orderBy('official.username', 'ASC')
      .getMany();
    return officials.map(({ id, email, fullName }) => ({ id, email, fullName }));
  }

  async recipientsOf(unitCode: string, roles: readonly Role[]): Promise<Recipient[]> {
    if (!roles.length) return [];
    const officials = await this.dataSource
      .getRepository(OfficialEntity)
      .createQueryBuilder('official')
      .select(['official.id', 'official.email', 'official.fullName'])
      .where('official.unitCode = :unitCode', { unitCode })
      .andWhere('official.active = :active', { active: true })
      // EXISTS rather than a join: an official with two matching roles is still one recipient.
      .andWhere((qb) => {
        const holdsRole = qb
          .subQuery()
          .select('1')
          .from(OfficialRoleEntity, 'grant')
          .where('grant.officialId = official.id')
          .andWhere('grant.role IN (:...roles)', { roles })
          .getQuery();
        return `EXISTS ${holdsRole}`;
      })
      .orderBy('official.username', 'ASC')
      .getMany();
    return officials.map(({ id, email, fullName }) => ({ id, email, fullName }));
  }

  /**
   * Writes the notification unless this official already has one with this key. ON CONFLICT DO NOTHING
   * (both engines) settles a race between two attempts inside the database; reading the row back tells
   * which attempt won, because the id is ours.
   */
  async recordOnce(dedupeKey: string, officialId: string, fields: NotificationFields): Promise<RecordResult> {
    const id = randomUUID();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({ id, dedupeKey, officialId, ...fields, createdAt: new Date(), readAt: null, emailError: null })
      .orIgnore()
      .execute();
    const notification = await this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ dedupeKey, officialId });
    return { notification, created: notification.id === id };
  }

  async markEmail(id: string, status: 'sent' | 'skipped'): Promise<void> {
    await this.dataSource.getRepository(NotificationEntity).update({ id }, { emailStatus: status, emailError: null, emailRetryAt: null });
  }

  /** A send failed: counted, and the mail retry workflow tries again from `retryAt`. */
  async markEmailFailed(id: string, error: string, retryAt: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({
        emailStatus: 'failed',
        emailError: error.slice(0, MAX_ERROR_LENGTH),
        emailAttempts: () => 'email_attempts + 1',
        emailRetryAt: retryAt,
      })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * Failed e-mails due for another try at `now`, the longest waiting first, each with its recipient as the directory
   * has them now (a corrected address is used). A recipient no longer active is left out: nobody reads that mailbox.
   */
  async failedMailDue(now: Date, limit: number): Promise<{ notification: NotificationEntity; recipient: Recipient }[]> {
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .innerJoin(OfficialEntity, 'official', 'official.id = n.officialId AND official.active = :active', { active: true })
      .addSelect(['official.email', 'official.fullName'])
      .where('n.emailStatus = :failed', { failed: 'failed' })
      .andWhere('n.emailRetryAt <= :now', { now })
      .orderBy('n.emailRetryAt', 'ASC')
      .addOrderBy('n.createdAt', 'ASC')
      .limit(limit)
      .getRawAndEntities();
    return rows.entities.map((notification, i) => ({
      notification,
      recipient: { id: notification.officialId, email: rows.raw[i].official_email, fullName: rows.raw[i].official_full_name },
    }));
  }

  /** Newest first; `total` counts every match, not just this page. */
  async listFor(officialId: string, options: { unreadOnly?: boolean; limit?: number; offset?: number } = {}): Promise<InboxPage> {
    const where: FindOptionsWhere<NotificationEntity> = { officialId, ...(options.unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, total] = await this.dataSource.getRepository(NotificationEntity).findAndCount({
      where,
      // id breaks ties so pages never overlap when two rows share a timestamp.
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(options.limit ?? 20, 1), MAX_PAGE),
      skip: Math.max(options.offset ?? 0, 0),
    });
    return { items, total };
  }

  /** False when the notification does not exist or belongs to someone else; reading twice keeps the first time. */
  async markRead(officialId: string, id: string): Promise<boolean> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    const notification = await repository.findOneBy({ id, officialId });
    if (!notification) return false;
    if (!notification.readAt) await repository.update({ id, officialId, readAt: IsNull() }, { readAt: new Date() });
    return true;
  }
}
