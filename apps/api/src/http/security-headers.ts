import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Swagger UI's own pages and the document they load. */
const DOCS_PATH = /^\/docs(-json|-yaml)?(\/|$)/;

/**
 * Helmet's headers (nosniff, no X-Powered-By, Referrer-Policy, HSTS…) on every response, with a Content-Security-Policy
 * that lets the page run only the web app's own files and the inline script the build named by hash.
 */
export function securityHeaders(options: { inlineScriptHashes: string[]; https: boolean }): RequestHandler {
  const app = helmet({ contentSecurityPolicy: { useDefaults: false, directives: webAppPolicy(options) } });
  const docs = helmet({ contentSecurityPolicy: { useDefaults: false, directives: docsPolicy(options) } });
  return (request, response, next) => (DOCS_PATH.test(request.path) ? docs : app)(request, response, next);
}

function webAppPolicy({ inlineScriptHashes, https }: { inlineScriptHashes: string[]; https: boolean }) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...inlineScriptHashes],
    scriptSrcAttr: ["'none'"],
    // Ant Design writes its styles into <style> elements and style attributes as components render (CSS-in-JS), with no
    // nonce a static index.html could carry: without 'unsafe-inline' the app shows unstyled. Styles cannot run code.
    styleSrc: ["'self'", "'unsafe-inline'"],
    // data: for Ant Design's inline icons and images; blob: for a document the app fetched with the token and shows.
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    // The award decision and certificates open as PDF from memory (blob:); a PDF viewer is a plugin to the browser.
    objectSrc: ["'self'", 'blob:'],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    // Only behind https: on a plain-http office network it would send the browser to an https that is not there.
    ...(https && { upgradeInsecureRequests: [] }),
  };
}

/**
 * Swagger UI (/docs) is a developer's page, not an official's: it writes inline styles, and inline scripts when it is
 * customised, and shows images by data: URL. It gets a policy of its own, looser for scripts and styles, so the web
 * app's stays strict; it still loads and calls nothing but this origin.
 */
function docsPolicy({ https }: { https: boolean }) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'unsafe-inline'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    ...(https && { upgradeInsecureRequests: [] }),
  };
}
