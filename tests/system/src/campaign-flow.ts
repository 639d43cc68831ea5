import type { Official, SystemUnderTest } from './system-under-test';
import { eventually } from './system-under-test';
import { actorsOf } from './tuyen-quang-fixture';

export interface ProgressRow {
  unitCode: string;
  obligationKey: string;
  status: string;
  reportsTo: string;
  levelCode: string;
  dueAt: string;
  remindersSent: number;
  escalated: boolean;
}

/** Steps an official takes in every campaign test, written once. */
export class CampaignFlow {
  private readonly officials = new Map<string, Official>();

  /** `viewer` reads progress and status: an official who sees the whole campaign (the issuer's leader). */
  constructor(
    readonly system: SystemUnderTest,
    readonly campaignId: string,
    private readonly viewer = 'lanhdao.tinh',
  ) {}

  async as(username: string): Promise<Official> {
    if (!this.officials.has(username)) this.officials.set(username, await this.system.login(username));
    return this.officials.get(username)!;
  }

  obligationPath(unitCode: string, key: string, action: string): string {
    return `/campaigns/${this.campaignId}/units/${unitCode}/obligations/${encodeURIComponent(key)}/${action}`;
  }

  /** Every obligation row of the campaign, read as the issuer's leader (who sees the whole tree). */
  async progress(viewer = this.viewer): Promise<ProgressRow[]> {
    const official = await this.as(viewer);
    const rows: ProgressRow[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await official.get(`/campaigns/${this.campaignId}/units?limit=500&offset=${offset}`).expect(200);
      rows.push(...page.body.items);
      if (rows.length >= page.body.total) return rows;
    }
  }

  async waitForStatus(status: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
    const leader = await this.as(this.viewer);
    return eventually(
      `campaign ${status}`,
      async () => {
        const campaign = (await leader.get(`/campaigns/${this.campaignId}`).expect(200)).body;
        return campaign.status === status && campaign;
      },
      timeoutMs,
    );
  }

  async waitForOpen(expectedRows: number): Promise<ProgressRow[]> {
    return eventually(`${expectedRows} open obligations`, async () => {
      const rows = await this.progress();
      return rows.length >= expectedRows && rows.every((r) => r.status !== 'pending') && rows;
    });
  }

  async submit(unitCode: string, key: string, content: object, by = actorsOf(unitCode).submitter) {
    return (await this.as(by)).act(this.obligationPath(unitCode, key, 'submission'), {
      summary: `Báo cáo ${key} của ${unitCode}`,
      ...content,
    });
  }

  async decide(unitCode: string, key: string, action: 'approve' | 'return', comment?: string, by = actorsOf(unitCode).approver) {
    return (await this.as(by)).act(this.obligationPath(unitCode, key, 'decision'), { action, comment });
  }

  /** The ordinary path: the specialist sends, the leader approves. */
  async complete(unitCode: string, key: string, content: object = {}): Promise<void> {
    const sent = await this.submit(unitCode, key, content);
    if (sent.status !== 200) throw new Error(`${unitCode} ${key} submit: ${sent.status} ${JSON.stringify(sent.body)}`);
    const approved = await this.decide(unitCode, key, 'approve');
    if (approved.status !== 200) throw new Error(`${unitCode} ${key} approve: ${approved.status} ${JSON.stringify(approved.body)}`);
  }
}
