import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageOf } from './language';
import { requestIdOf, writeProblem } from './problem';
import { isFault, toProblem } from './to-problem';

/**
 * Every error the API answers, in one shape: RFC 9457 problem details as application/problem+json, with `title` and
 * `detail` in Vietnamese, or in English when the request's Accept-Language prefers it. Faults are logged here with
 * their stack and answered without it.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(exception, {
      language: languageOf(request.headers['accept-language']),
      method: request.method,
      path: request.path,
      requestId: requestIdOf(response),
    });
    if (isFault(problem.status)) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) {
      response.end();
      return;
    }
    writeProblem(response, problem);
  }
}
