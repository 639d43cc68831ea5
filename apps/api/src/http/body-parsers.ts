import { STATUS_CODES } from 'node:http';
import express, { type NextFunction, type RequestHandler, type Response } from 'express';
import { bodyLimitFor, readableSize } from './body-limits';

/**
 * Parses JSON and form bodies with the limit body-limits.ts gives the route, in place of Nest's one limit for all
 * (the app is created with bodyParser: false). A body the parser refuses is answered here, in Vietnamese and as JSON
 * like every other refusal, instead of by Express's HTML error page.
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
    const answer = (error: unknown, then: () => void) => (error ? refuse(error, limit, response, next) : then());
    json(request, response, (error) => answer(error, () => form(request, response, (formError) => answer(formError, () => next()))));
  };
}

interface BodyParserError {
  status?: number;
  type?: string;
}

function refuse(error: unknown, limit: number, response: Response, next: NextFunction): void {
  const { status, type } = error as BodyParserError;
  const message = messageFor(type, limit);
  if (!status || !message) return next(error);
  // The shape of Nest's own refusals, so the web app reads it the same way.
  response.status(status).json({ statusCode: status, message, error: STATUS_CODES[status] });
}

function messageFor(type: string | undefined, limit: number): string | undefined {
  switch (type) {
    case 'entity.too.large':
      return `Nội dung gửi lên quá lớn: yêu cầu này nhận tối đa ${readableSize(limit)}. Hãy rút gọn nội dung hoặc chia thành nhiều lần gửi.`;
    case 'entity.parse.failed':
      return 'Nội dung gửi lên không phải JSON hợp lệ: hãy kiểm tra dấu ngoặc, dấu phẩy và dấu nháy.';
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return 'Nội dung gửi lên dùng bảng mã không được hỗ trợ: hãy gửi ở dạng UTF-8.';
    case 'request.aborted':
    case 'request.size.invalid':
      return 'Nội dung gửi lên bị gián đoạn hoặc không trọn vẹn: hãy gửi lại.';
    default:
      return undefined;
  }
}
