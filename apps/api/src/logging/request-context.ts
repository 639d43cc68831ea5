import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The request a log line is written for, wherever in the code it is written: the request logger opens it, everything
 * the request runs (guards, services, Temporal calls) runs inside it, and JsonLogger adds it to every line.
 */
export interface RequestContext {
  requestId: string;
  /** Set by the sign-in guard on the request; read lazily, since it is known only after the context opened. */
  request: { official?: { actor?: { officialId?: string } } };
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(context: RequestContext, run: () => T): T {
  return storage.run(context, run);
}

/** What each log line written during a request carries; nothing outside one. */
export function requestLogFields(): { requestId?: string; officialId?: string } {
  const context = storage.getStore();
  if (!context) return {};
  const officialId = context.request.official?.actor?.officialId;
  return officialId ? { requestId: context.requestId, officialId } : { requestId: context.requestId };
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** A proxy's X-Request-Id when it is a plain token (it ties our lines to the proxy's), else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && INCOMING_ID.test(header) ? header : randomUUID();
}
