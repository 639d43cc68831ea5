import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import {
  answerOf,
  decideExtensionUpdate,
  decideObligationUpdate,
  ObligationActionResult,
  ObligationProjection,
  participationWorkflowId,
  requestExtensionUpdate,
  submitObligationUpdate,
} from '@tdkt/contracts';
import type { ObligationEvent } from '@tdkt/domain';
import { CampaignProjections } from '@tdkt/persistence';
import { actorRefOf } from '../common/actor-ref';
import { DelegatedActorService } from '../delegations/delegated-actor.service';
import type { CurrentOfficialInfo } from '../auth/current-official';
import { DecideExtensionDto, DecideObligationDto, RequestExtensionDto, SubmitObligationDto } from './obligation-action.dto';
import type { Bilingual } from '../common/problem/said';

export interface ObligationTarget {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
}

/**
 * Sends an official's action to the unit's participation workflow as an Update. The workflow decides
 * (who may, in which state); refusals come back as 403/409/400 through the problem filter (common/problem). The Update
 * id is the request id, so Temporal itself also de-duplicates a retried request.
 *
 * The workflow answers before its own projection is written and hands the projection back: written here, the inbox and
 * the progress show the action when the official gets the answer. The workflow writes the same projection durably
 * behind it, with the decision log (kept off this path: its per-campaign chain is written one step at a time, and 50
 * officials answering at once would queue on it); both writes are version-guarded, so whichever comes second changes
 * nothing.
 */
@Injectable()
export class ObligationActionsService {
  private readonly logger = new Logger(ObligationActionsService.name);

  constructor(
    private readonly temporal: Client,
    private readonly delegated: DelegatedActorService,
    private readonly projections: CampaignProjections,
  ) {}

  submit(me: CurrentOfficialInfo, target: ObligationTarget, body: SubmitObligationDto): Promise<ObligationEvent> {
    const { requestId, ...content } = body;
    return this.act(target, (handle) =>
      handle.executeUpdate(submitObligationUpdate, {
        updateId: requestId,
        args: [{ requestId, actor: actorRefOf(me), obligationKey: target.obligationKey, content }],
      }),
    );
  }

  async decide(me: CurrentOfficialInfo, target: ObligationTarget, body: DecideObligationDto): Promise<ObligationEvent> {
    const { delegationId, ...decision } = body;
    const actor = await this.delegated.actorFor(me, delegationId, {
      kind: 'report_approval',
      campaignId: target.campaignId,
      unitCode: target.unitCode,
    });
    return this.act(target, (handle) =>
      handle.executeUpdate(decideObligationUpdate, {
        updateId: body.requestId,
        args: [{ ...decision, actor, obligationKey: target.obligationKey }],
      }),
    );
  }

  requestExtension(me: CurrentOfficialInfo, target: ObligationTarget, body: RequestExtensionDto): Promise<ObligationEvent> {
    return this.act(target, (handle) =>
      handle.executeUpdate(requestExtensionUpdate, {
        updateId: body.requestId,
        args: [
          {
            ...body,
            proposedDueAt: new Date(body.proposedDueAt).toISOString(),
            actor: actorRefOf(me),
            obligationKey: target.obligationKey,
          },
        ],
      }),
    );
  }

  async decideExtension(me: CurrentOfficialInfo, target: ObligationTarget, body: DecideExtensionDto): Promise<ObligationEvent> {
    const { delegationId, ...decision } = body;
    // The deciding unit is the parent, which only the workflow knows: its rules check the delegated leader's unit.
    const actor = await this.delegated.actorFor(me, delegationId, { kind: 'extension_decision', campaignId: target.campaignId });
    return this.act(target, (handle) =>
      handle.executeUpdate(decideExtensionUpdate, {
        updateId: body.requestId,
        args: [
          {
            ...decision,
            newDueAt: decision.newDueAt && new Date(decision.newDueAt).toISOString(),
            actor,
            obligationKey: target.obligationKey,
          },
        ],
      }),
    );
  }

  /**
   * An update to a unit whose part has ended (all approved, or the campaign closed or cancelled) is a
   * conflict, not a missing resource: the workflow still exists, only closed. Anything unknown stays 404.
   */
  private async act(
    target: ObligationTarget,
    update: (handle: WorkflowHandle) => Promise<ObligationActionResult>,
  ): Promise<ObligationEvent> {
    const handle = this.temporal.workflow.getHandle(participationWorkflowId(target.campaignId, target.unitCode));
    let result: ObligationActionResult;
    try {
      result = await update(handle);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      const closed = await handle.describe().then(
        (description) => description.status.name !== 'RUNNING',
        () => false,
      );
      if (closed)
        throw new ConflictException({
          message:
            'Phần việc của đơn vị trong phong trào này đã kết thúc (đã hoàn thành, hoặc phong trào đã kết thúc hay bị hủy): không còn việc gì để gửi hoặc duyệt.',
          en: "The unit's part in this campaign has ended (it was completed, or the campaign ended or was cancelled): there is nothing left to submit or review.",
        } satisfies Bilingual);
      throw error;
    }
    const { event, projection } = answerOf(result);
    if (projection) await this.showNow(projection, event);
    return event;
  }

  /**
   * The decision stands once the workflow answered, and the workflow writes the projection durably anyway: a failure here
   * only delays what the official sees, so it is logged (with the request's id, which the logger adds) and not raised.
   */
  private async showNow(projection: ObligationProjection, event: ObligationEvent): Promise<void> {
    try {
      // The read models only: the decision log is the workflow's to append, in the order its steps were made.
      await this.projections.applyObligationProjectionOfUnit({ ...projection, decisions: undefined });
    } catch (error) {
      this.logger.warn(
        `The read models of ${projection.unitCode} ${projection.obligation.spec.key} v${projection.version} (action ${event.requestId}) ` +
          `were not written at the answer; the workflow's projection will write them: ${(error as Error).message}`,
      );
    }
  }
}
