import type { DataSource } from 'typeorm';
import { UnitProgressEntity } from '@tdkt/persistence';
import { benchCommuneCode } from '../support/bench-org';
import { HttpOfficial } from '../support/http-official';
import { launchOnlyPlan } from '../support/launch-plan';
import { draftAndSign } from '../support/sign-plan';
import { waitUntil } from '../support/wait-until';

interface PendingApproval {
  campaignId: string;
  leader: HttpOfficial;
  unitCode: string;
}

/**
 * Steady approvals at a fixed rate: every tick one commune leader sends the unit's launch report and
 * approves it (two Updates behind the api). Campaigns are launched to all bench communes ahead of need,
 * so a tick finds an open obligation; a tick that finds none is counted as starved, never made up later.
 */
export class ApprovalDriver {
  private readonly ready: PendingApproval[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  private launcher?: Promise<void>;
  private ticker?: NodeJS.Timeout;
  /** Per HTTP action (submit or approve), since the last drain. */
  private latencies: number[] = [];
  readonly totals = { approvals: 0, failures: 0, starvedTicks: 0, campaigns: 0 };
  readonly failures: string[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly dataSource: DataSource,
    private readonly leaders: readonly HttpOfficial[],
  ) {}

  /** Resolves once the first campaign is open everywhere (the worker is up and warm) and the ticks have begun. */
  async start(approvalsPerMinute: number): Promise<void> {
    this.running = true;
    this.launcher = this.keepCampaignsAhead();
    await waitUntil('the first campaign open everywhere', async () => this.ready.length > 0 || this.failures.length > 0, 300_000, 500);
    if (!this.ready.length) throw new Error(`No campaign opened: ${this.failures.join('; ')}`);
    this.ticker = setInterval(() => this.tick(), 60_000 / approvalsPerMinute);
  }

  /** The latencies of the actions completed since the last call. */
  drainLatencies(): number[] {
    const drained = this.latencies;
    this.latencies = [];
    return drained;
  }

  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.ticker);
    await this.launcher;
    await Promise.all(this.inFlight);
  }

  private tick(): void {
    const next = this.ready.shift();
    if (!next) {
      this.totals.starvedTicks++;
      return;
    }
    const approval = this.approve(next).finally(() => this.inFlight.delete(approval));
    this.inFlight.add(approval);
  }

  private async approve({ campaignId, leader, unitCode }: PendingApproval): Promise<void> {
    const path = `/campaigns/${campaignId}/units/${unitCode}/obligations/phat-dong`;
    try {
      for (const [action, body] of [
        ['submission', { summary: `Kế hoạch phát động của ${unitCode}` }],
        ['decision', { action: 'approve' }],
      ] as const) {
        const response = await leader.act(`${path}/${action}`, body);
        if (response.status !== 200) throw new Error(`${unitCode} ${action}: ${response.status} ${JSON.stringify(response.body)}`);
        this.latencies.push(response.ms);
      }
      this.totals.approvals++;
    } catch (error) {
      this.totals.failures++;
      if (this.failures.length < 10) this.failures.push(String(error));
    }
  }

  /** Launches the next campaign once fewer approvals than one campaign's worth are waiting. */
  private async keepCampaignsAhead(): Promise<void> {
    const progress = this.dataSource.getRepository(UnitProgressEntity);
    while (this.running) {
      if (this.ready.length >= this.leaders.length) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      try {
        const { campaignId } = await draftAndSign({ baseUrl: this.baseUrl }, launchOnlyPlan());
        await waitUntil(
          'every commune open',
          async () => (await progress.countBy({ campaignId, status: 'open' })) >= this.leaders.length + 1,
          120_000,
          500,
        );
        this.totals.campaigns++;
        this.leaders.forEach((leader, i) => this.ready.push({ campaignId, leader, unitCode: benchCommuneCode(i + 1) }));
      } catch (error) {
        this.totals.failures++;
        if (this.failures.length < 10) this.failures.push(`launch: ${String(error)}`);
      }
    }
  }
}
