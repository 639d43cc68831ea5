import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { HttpException } from '@nestjs/common';
import { languageOf } from '../common/problem/language';
import { requestIdOf, writeProblem } from '../common/problem/problem';
import { said, type Bilingual } from '../common/problem/said';
import { toProblem } from '../common/problem/to-problem';
import { bodyLimitFor, readableSize } from './body-limits';

/**
 * Parses JSON and form bodies with the limit body-limits.ts gives the route, in place of Nest's one limit for all
 * (the app is created with bodyParser: false). A body the parser refuses is answered here, as problem details like
 * every other refusal (in the request's language), instead of by Express's HTML error page.
 */
export function bodyParsers(): RequestHandler {
  const parsers = new Map<number, RequestHandler[]>();
  const parsersFor = (limit: number) => {
    if (!parsers.has(limit)) parsers.set(limit, [express.json({ limit }), express.urlencoded({ limit, extended: true })]);
    return parsers.get(limit)!;
  };
  return (request, response, next) => {
    const limit = bodyLimitFor(request.method, request.path);
    const [json, form] = parsersFor(limit);
    const answer = (error: unknown, then: () => void) => (error ? refuse(error, limit, request, response, next) : then());
    json(request, response, (error) => answer(error, () => form(request, response, (formError) => answer(formError, () => next()))));
  };
}

interface BodyParserError {
  status?: number;
  type?: string;
}

function refuse(error: unknown, limit: number, request: Request, response: Response, next: NextFunction): void {
  const { status, type } = error as BodyParserError;
  const words = wordsFor(type, limit);
  if (!status || !words) return next(error);
  const context = { language: languageOf(request.headers['accept-language']), method: request.method, path: request.path };
  writeProblem(response, toProblem(new HttpException(words, status), { ...context, requestId: requestIdOf(response) }));
}

function wordsFor(type: string | undefined, limit: number): Bilingual | undefined {
  switch (type) {
    case 'entity.too.large':
      return said('body.too-large', { limit: readableSize(limit) });
    case 'entity.parse.failed':
      return said('body.not-json');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return said('body.charset');
    case 'request.aborted':
    case 'request.size.invalid':
      return said('body.aborted');
    default:
      return undefined;
  }
}
