import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { refusalKindOf } from '@tdkt/contracts';
import type { RefusalKind } from '@tdkt/domain';
import type { Response } from 'express';

const STATUS: Record<RefusalKind, number> = {
  forbidden: HttpStatus.FORBIDDEN,
  conflict: HttpStatus.CONFLICT,
  invalid: HttpStatus.BAD_REQUEST,
};

/**
 * Turns a workflow's refusal of a human action into the HTTP answer an official can act on:
 * the Update validator's reason, with 403 / 409 / 400. Anything else is a server fault.
 */
@Catch(WorkflowUpdateFailedError, WorkflowNotFoundError)
export class TemporalErrorFilter implements ExceptionFilter {
  catch(error: WorkflowUpdateFailedError | WorkflowNotFoundError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof WorkflowNotFoundError) {
      response
        .status(HttpStatus.NOT_FOUND)
        .json({ statusCode: 404, error: 'Not Found', message: 'Không tìm thấy quy trình tương ứng (đã kết thúc hoặc chưa bắt đầu).' });
      return;
    }
    const cause = error.cause;
    const kind = cause instanceof ApplicationFailure ? refusalKindOf(cause.type ?? undefined) : undefined;
    if (!kind) {
      response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
        statusCode: 500,
        error: 'Internal Server Error',
        message: 'Thao tác không thực hiện được do lỗi hệ thống; vui lòng thử lại.',
      });
      return;
    }
    const status = STATUS[kind];
    response.status(status).json({ statusCode: status, error: kind, message: cause!.message });
  }
}
