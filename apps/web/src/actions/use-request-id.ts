import { useState } from 'react';

/**
 * A UUID from crypto.randomUUID, which browsers give only to secure pages (https, localhost): an intranet served
 * over plain http still gets one, built from getRandomValues (RFC 4122 version 4).
 */
export function newRequestId(random: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One intent of the official (a form opened to send, approve, return…) and the request id it is sent with. The API
 * applies a request id once, so a retry after a lost answer is recognised; and while a request is on its way the
 * intent sends nothing more: a double click, or a second Enter, acts once.
 */
export class RequestIntent {
  private current: string;
  private inFlight = false;

  constructor(private readonly newId: () => string = () => newRequestId()) {
    this.current = newId();
  }

  /** The id to send now, or null while a request of this intent has not been answered. */
  begin(): string | null {
    if (this.inFlight) return null;
    this.inFlight = true;
    return this.current;
  }

  /**
   * The API answered. A success ends the intent: what the official does next is a new action with a new id. A refusal
   * or a lost answer keeps the id, so sending again is the same request (applied at most once).
   */
  end(succeeded: boolean): void {
    this.inFlight = false;
    if (succeeded) this.current = this.newId();
  }
}

/** The intent of the form that calls it: made when the form opens, renewed after each success. */
export function useRequestId(): RequestIntent {
  const [intent] = useState(() => new RequestIntent());
  return intent;
}
