import type { BrowserContext, Page } from 'playwright-core';
import { FAST_3G } from './fast-3g';

/** One request of a page load as Chromium's network stack saw it. Times in the page's clock once `inPageTime` is applied. */
export interface PageRequest {
  url: string;
  /** CDP's resource type: Document, Script, Stylesheet, Fetch, Image… */
  type: string;
  status?: number;
  contentEncoding?: string;
  start: number;
  end?: number;
  /** Bytes on the wire for this response (headers and body as transferred, compressed when it was): `encodedDataLength`. */
  bytes?: number;
  failed?: string;
}

interface Recorded extends PageRequest {
  /** Only the first (document) request carries CDP's wall time; kept to align clocks. */
  wallTime: number;
}

/**
 * Records every request of one page through its own CDP session (`Network.enable`), throttled to Fast 3G when
 * asked (`Network.emulateNetworkConditions`), before the page navigates. `requests` returns them with times
 * in the page's clock (ms since its navigation started), given the page's `performance.timeOrigin`.
 */
export async function recordNetwork(context: BrowserContext, page: Page, throttle: typeof FAST_3G | null) {
  const cdp = await context.newCDPSession(page);
  const log = new Map<string, Recorded>();
  cdp.on('Network.requestWillBeSent', (e) => {
    log.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', start: e.timestamp * 1000, wallTime: e.wallTime * 1000 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const request = log.get(e.requestId);
    if (!request) return;
    request.status = e.response.status;
    request.contentEncoding = Object.entries(e.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
  });
  cdp.on('Network.loadingFinished', (e) => {
    const request = log.get(e.requestId);
    if (!request) return;
    request.end = e.timestamp * 1000;
    request.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const request = log.get(e.requestId);
    if (request) request.failed = e.errorText;
  });
  await cdp.send('Network.enable');
  if (throttle) await cdp.send('Network.emulateNetworkConditions', { ...throttle });

  return {
    requests(timeOrigin: number): PageRequest[] {
      const all = [...log.values()].sort((a, b) => a.start - b.start);
      if (!all.length) return [];
      // CDP's timestamps are a monotonic clock; the first request's wall time places it on the page's clock.
      const shift = all[0].wallTime - timeOrigin - all[0].start;
      return all.map(({ wallTime: _wallTime, ...r }) => ({
        ...r,
        start: r.start + shift,
        end: r.end === undefined ? undefined : r.end + shift,
      }));
    },
    detach: () => cdp.detach(),
  };
}

/** The path of a same-origin URL, the URL itself otherwise. */
export const shortName = (url: string, origin: string) => (url.startsWith(origin) ? url.slice(origin.length) : url);

export const isJsOrCss = (r: PageRequest) => /\.(js|css)(\?|$)/.test(new URL(r.url).pathname);
