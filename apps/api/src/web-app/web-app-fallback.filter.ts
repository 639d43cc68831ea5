import { extname, join } from 'node:path';
import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProblemDetailsFilter } from '../common/problem/problem-details.filter';

/**
 * Hands the web app's index.html to a browser that opens one of the app's own paths (/hop-viec,
 * /phong-trao/…), so its router can take over. It acts only when no API route matched (Express sets
 * `req.route` on a match, so an API's own 404 — an unknown campaign — stays a JSON 404), for a GET that
 * accepts HTML and names no file (a missing /assets/x.js stays a 404). API routes therefore keep priority.
 */
@Catch(NotFoundException)
export class WebAppFallbackFilter implements ExceptionFilter {
  /** Every other 404 is answered as every other error is: problem details. */
  private readonly problems = new ProblemDetailsFilter();

  constructor(private readonly distDir: string) {}

  catch(exception: NotFoundException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const isAppPath = (request.method === 'GET' || request.method === 'HEAD') && !request.route && !extname(request.path);
    if (isAppPath && request.accepts(['json', 'html']) === 'html') {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(this.distDir, 'index.html'));
      return;
    }
    this.problems.catch(exception, host);
  }
}
