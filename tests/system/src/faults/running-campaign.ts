import { randomUUID } from 'node:crypto';
import { eventually } from '../system-under-test';
import type { ProgressRow } from '../campaign-flow';
import type { PlanDefinition } from '@tdkt/domain';
import type { Officials } from './officials';

/** Who sends and who approves a unit's reports among the demo officials. */
export const SUBMITTER: Record<string, string> = {
  'TQ-YS': 'chuyenvien.ys',
  'TQ-YS-THANGQUAN': 'chuyenvien.ys-thangquan',
  'TQ-YS-LANGQUAN': 'chuyenvien.ys-langquan',
};
export const APPROVER: Record<string, string> = {
  'TQ-YS': 'lanhdao.ys',
  'TQ-YS-THANGQUAN': 'lanhdao.ys-thangquan',
  'TQ-YS-LANGQUAN': 'lanhdao.ys-langquan',
};

/** A campaign driven over HTTP, from drafting through its approval chain to running. */
export class RunningCampaign {
  private constructor(
    readonly officials: Officials,
    readonly id: string,
    readonly planNumber: string,
  ) {}

  static async launch(officials: Officials, plan: PlanDefinition): Promise<RunningCampaign> {
    const created = await officials.post('chuyenvien.tinh', '/campaigns', { plan });
    if (created.status !== 201) throw new Error(`create campaign: ${created.status} ${JSON.stringify(created.body)}`);
    const id: string = created.body.id;
    const decide = async (username: string) => {
      const response = await officials.post(username, `/campaigns/${id}/plan-decisions`, { requestId: randomUUID(), action: 'approve' });
      if (response.status !== 200) throw new Error(`${username} approve plan: ${response.status} ${JSON.stringify(response.body)}`);
    };
    await eventually(
      'approval chain running',
      async () => (await officials.get('chuyenvien.tinh', `/campaigns/${id}`)).body.approval?.status === 'pending',
    );
    await decide('lanhdao.snv');
    await decide('pho.tinh');
    const running = await eventually('campaign running', async () => {
      const campaign = (await officials.get('lanhdao.tinh', `/campaigns/${id}`)).body;
      return campaign.status === 'running' && campaign;
    });
    return new RunningCampaign(officials, id, running.planNumber);
  }

  obligationPath(unitCode: string, key: string, action: 'submission' | 'decision'): string {
    return `/campaigns/${this.id}/units/${unitCode}/obligations/${encodeURIComponent(key)}/${action}`;
  }

  submit(unitCode: string, key: string, requestId: string = randomUUID()) {
    return this.officials.post(SUBMITTER[unitCode], this.obligationPath(unitCode, key, 'submission'), {
      requestId,
      summary: `Báo cáo ${key} của ${unitCode}`,
    });
  }

  approve(unitCode: string, key: string) {
    return this.officials.post(APPROVER[unitCode], this.obligationPath(unitCode, key, 'decision'), {
      requestId: randomUUID(),
      action: 'approve',
    });
  }

  async complete(unitCode: string, key: string): Promise<void> {
    for (const step of [() => this.submit(unitCode, key), () => this.approve(unitCode, key)]) {
      const response = await step();
      if (response.status !== 200) throw new Error(`${unitCode} ${key}: ${response.status} ${JSON.stringify(response.body)}`);
    }
  }

  /** Every obligation row of the campaign, as the issuer's leader sees them (the whole tree). */
  async progress(): Promise<ProgressRow[]> {
    const page = await this.officials.get('lanhdao.tinh', `/campaigns/${this.id}/units?limit=500`);
    if (page.status !== 200) throw new Error(`progress: ${page.status}`);
    return page.body.items;
  }

  waitForOpen(expectedRows: number): Promise<ProgressRow[]> {
    return eventually(`${expectedRows} open obligations`, async () => {
      const rows = await this.progress();
      return rows.length >= expectedRows && rows.every((r) => r.status !== 'pending') && rows;
    });
  }
}
