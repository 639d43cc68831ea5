import { HttpException } from '@nestjs/common';
import { isGrpcServiceError, ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { refusalEnglishOf, refusalKindOf } from '@tdkt/contracts';
import type { RefusalKind } from '@tdkt/domain';
import type { Language } from './language';
import { localized, problemErrors } from './localize';
import { MESSAGES_EN } from './messages.en';
import { MESSAGES_VI } from './messages.vi';
import type { Problem } from './problem';
import { kindOfStatus, PROBLEM_KINDS, problemTitle, problemType, type ProblemKind } from './problem-kinds';

const REFUSAL_STATUS: Record<RefusalKind, number> = { forbidden: 403, conflict: 409, invalid: 400 };

/** What the filter knows of the request besides the exception. */
export interface ProblemContext {
  language: Language;
  method: string;
  path: string;
  requestId?: string;
}

type Words = { message: string; en?: string };
type Built = Omit<Problem, 'type' | 'title' | 'requestId'> & { kind?: ProblemKind };

/**
 * The problem an exception is answered with. Refusals (Nest exceptions, a workflow's refusal through Temporal) keep
 * their words; faults never show theirs (a stack, a SQL error): a generic detail and the request id to quote.
 */
export function toProblem(exception: unknown, context: ProblemContext): Problem {
  const built = build(exception, context);
  const { kind = kindOfStatus(built.status), ...rest } = built;
  return {
    type: problemType(kind),
    title: problemTitle(kind, context.language),
    ...rest,
    ...(context.requestId ? { requestId: context.requestId } : {}),
  };
}

/** Whether the problem is the server's fault (logged with its stack by the filter). */
export const isFault = (status: number): boolean => status >= 500;

function build(exception: unknown, context: ProblemContext): Built {
  const { language } = context;
  const say = (code: 'internal' | 'unavailable' | 'workflow.not-found' | 'workflow.unavailable'): string =>
    (language === 'en' ? MESSAGES_EN : MESSAGES_VI)[code]();
  if (exception instanceof HttpException) return fromHttpException(exception, context);
  if (exception instanceof WorkflowNotFoundError) return { status: 404, detail: say('workflow.not-found') };
  if (exception instanceof WorkflowUpdateFailedError) {
    const cause = exception.cause;
    const kind = cause instanceof ApplicationFailure ? refusalKindOf(cause.type ?? undefined) : undefined;
    if (cause instanceof ApplicationFailure && kind)
      return { status: REFUSAL_STATUS[kind], detail: localized(cause.message, refusalEnglishOf(cause), language) };
  }
  if (temporalUnreachable(exception)) return { status: 503, kind: 'workflow-unavailable', detail: say('workflow.unavailable') };
  return { status: 500, detail: say('internal') };
}

function fromHttpException(exception: HttpException, { language, method, path }: ProblemContext): Built {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (status >= 500) {
    const checks = typeof body === 'object' && body && 'checks' in body ? (body as { checks: Record<string, string> }).checks : undefined;
    const code = status === 503 ? 'unavailable' : 'internal';
    return { status, detail: (language === 'en' ? MESSAGES_EN : MESSAGES_VI)[code](), ...(checks ? { checks } : {}) };
  }
  const words = wordsOf(body);
  // Nest's own 404 for a path no controller serves ("Cannot GET /x"): said in the API's words.
  if (status === 404 && !words.en && /^Cannot [A-Z]+ /.test(words.message)) {
    const params = { method, path };
    words.message = MESSAGES_VI['route.not-found'](params);
    words.en = MESSAGES_EN['route.not-found'](params);
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const errors = problemErrors(record.errors, language);
  const retryAfterSeconds = typeof record.retryAfterSeconds === 'number' ? record.retryAfterSeconds : undefined;
  return {
    status,
    detail: words.message ? localized(words.message, words.en, language) : PROBLEM_KINDS[kindOfStatus(status)][language],
    ...(errors ? { errors } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/** The words of a Nest exception's body: a sentence, `{ message, en }` (said(), a domain refusal), or a list. */
function wordsOf(body: string | object): Words {
  if (typeof body === 'string') return { message: body };
  const { message, en } = body as { message?: unknown; en?: unknown };
  const text = Array.isArray(message) ? message.join(' ') : typeof message === 'string' ? message : '';
  return { message: text, ...(typeof en === 'string' ? { en } : {}) };
}

/** Temporal's frontend does not answer (down, restarting, unreachable): nothing was done, and trying later helps. */
function temporalUnreachable(exception: unknown): boolean {
  if (exception instanceof ServiceError) return temporalUnreachable(exception.cause);
  if (isGrpcServiceError(exception)) return [4, 14].includes(exception.code); // DEADLINE_EXCEEDED, UNAVAILABLE
  return false;
}
