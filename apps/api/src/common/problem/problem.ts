import type { Response } from 'express';

/** The media type of every error the API answers (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One thing wrong with a request, and where: a form shows `message` next to the field `path` names. */
export interface ProblemError {
  /** `title`, `phases[2].due.dueByLevel.xa`; an import's row as the official counts it: `units[3].parentCode`; '' for the whole request. */
  path: string;
  message: string;
}

/** RFC 9457 problem details: the one shape of every 4xx and 5xx. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: ProblemError[];
  /** The request's X-Request-Id, to quote when reporting a fault. */
  requestId?: string;
  /** With 429: when to try again, as the Retry-After header says. */
  retryAfterSeconds?: number;
  /** With the readiness 503: which dependency does not answer. */
  checks?: Record<string, string>;
}

/** Writes a problem as the answer (also for the body parsers, which answer before Nest). */
export function writeProblem(response: Response, problem: Problem): void {
  if (problem.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(problem.retryAfterSeconds));
  response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** The request id the request logger gave this request (X-Request-Id), if any. */
export function requestIdOf(response: Response): string | undefined {
  const id = response.getHeader('X-Request-Id');
  return typeof id === 'string' ? id : undefined;
}
