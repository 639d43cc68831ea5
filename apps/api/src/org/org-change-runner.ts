import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { OrgChangeInput, OrgChangeOutcome, orgChangeWorkflowId } from '@tdkt/contracts';
import { toLocalDate } from '@tdkt/domain';
import { APP_CONFIG } from '../config/config.module';

/**
 * Hands a recorded change set to its workflow, which waits for the effective day, applies it and hands the duties
 * of dissolved units in running campaigns to their successors. A change already in effect is waited for, so the
 * administrator's answer shows the tree as it now is; a later one answers `scheduled` and happens on its day.
 */
@Injectable()
export class OrgChangeRunner {
  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(changeId: string, effectiveOn: string): Promise<'applied' | 'scheduled' | 'refused'> {
    const input: OrgChangeInput = { changeId, effectiveOn };
    const handle = await this.temporal.workflow.start<(input: OrgChangeInput) => Promise<OrgChangeOutcome>>('orgChangeWorkflow', {
      taskQueue: this.config.temporal.taskQueue,
      workflowId: orgChangeWorkflowId(changeId),
      args: [input],
    });
    if (effectiveOn > toLocalDate(new Date())) return 'scheduled';
    // Refused only when another set changed the tree between this one's check and its application.
    return (await handle.result()).refused ? 'refused' : 'applied';
  }
}
