import type { Client } from '@temporalio/client';
import { participationStateQuery, participationWorkflowId } from '@tdkt/contracts';
import type { TestSmtp } from '@tdkt/testing';
import type { ProgressRow } from '../campaign-flow';
import type { Officials } from './officials';
import { APPROVER, RunningCampaign } from './running-campaign';

/** What the fault suites look at while they break things: the late commune's alarms, a duty's state, an inbox. */
export class CampaignWatch {
  constructor(
    private readonly system: { smtp: TestSmtp; client: Client },
    private readonly officials: Officials,
    private readonly campaign: () => RunningCampaign,
  ) {}

  /** Reminders to the late commune about its sơ kết: one per alarm its overdue clock raises. */
  lateAlarms(): number {
    return this.system.smtp.messages.filter(
      (m) => JSON.stringify(m.to).includes('chuyenvien.ys-thangquan@') && /^\[(Đến hạn|Quá hạn)\] Sơ kết/.test(m.subject ?? ''),
    ).length;
  }

  /** The duty as its workflow holds it. */
  async obligation(unitCode: string, key: string) {
    const handle = this.system.client.workflow.getHandle(participationWorkflowId(this.campaign().id, unitCode));
    const state = await handle.query(participationStateQuery);
    return state.obligations.find((o) => o.spec.key === key)!;
  }

  /** The request ids of every submission the workflow applied: one per report, however often it was sent. */
  async submissions(unitCode: string, key: string): Promise<string[]> {
    return (await this.obligation(unitCode, key)).history.filter((e) => e.action === 'submit').map((e) => e.requestId);
  }

  async approverInbox(unitCode: string, key: string) {
    const page = await this.officials.get(APPROVER[unitCode], '/inbox?limit=500');
    return page.body.items.filter((i: { unitCode: string; obligationKey: string }) => i.unitCode === unitCode && i.obligationKey === key);
  }
}

/** What must survive a restart; reminder counters are left out because the clocks keep running. */
export function durable(rows: ProgressRow[]) {
  return rows.map(({ unitCode, obligationKey, status, dueAt, reportsTo }) => ({ unitCode, obligationKey, status, dueAt, reportsTo }));
}
