import { randomUUID } from 'node:crypto';
import { Inject, Injectable, InternalServerErrorException } from '@nestjs/common';
import { Client, WorkflowFailedError } from '@temporalio/client';
import { AppConfig } from '@tdkt/config';
import { VerificationInput, verificationWorkflowId, VerificationReport } from '@tdkt/contracts';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { APP_CONFIG } from '../config/config.module';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { Bilingual } from '../common/problem/said';

/** The failure that started it all: "Activity task failed" says less than the activity's own reason. */
function rootCause(error: Error): Error {
  let cause = error;
  while (cause.cause instanceof Error) cause = cause.cause;
  return cause;
}

/**
 * The full check of a campaign's record (chain, archive, replay of every history against today's code)
 * runs on the worker, where the workflow code is; the api starts it and waits for the report.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly temporal: Client,
    private readonly campaigns: CampaignsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(me: CurrentOfficialInfo, campaignId: string): Promise<VerificationReport> {
    await this.campaigns.visible(me, campaignId);
    try {
      return await this.temporal.workflow.execute<(input: VerificationInput) => Promise<VerificationReport>>('verificationWorkflow', {
        taskQueue: this.config.temporal.taskQueue,
        workflowId: verificationWorkflowId(campaignId, randomUUID()),
        args: [{ campaignId }],
      });
    } catch (error) {
      if (error instanceof WorkflowFailedError) {
        // A fault: the problem filter answers the generic `internal` detail, not these words; they go to the log.
        throw new InternalServerErrorException({
          message: `Chưa kiểm tra được nhật ký của phong trào (${rootCause(error).message}); vui lòng thử lại sau hoặc báo quản trị hệ thống.`,
          en: `The campaign's log could not be checked (${rootCause(error).message}); please try again later or tell the system administrator.`,
        } satisfies Bilingual);
      }
      throw error;
    }
  }
}
