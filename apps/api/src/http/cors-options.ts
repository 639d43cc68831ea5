import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

/**
 * CORS for the origins the deployment lists, and no other. The web app is served on the API's own origin and needs
 * none, so with no CORS_ORIGINS the API sends no CORS headers at all and a browser keeps other sites' pages out.
 * null: do not enable CORS.
 */
export function corsOptions(allowedOrigins: readonly string[]): CorsOptions | null {
  if (!allowedOrigins.length) return null;
  const allowed = new Set(allowedOrigins);
  return {
    // Exact match of the Origin header: no prefixes, no patterns a look-alike domain could satisfy.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    // Sign-in travels as a bearer token, not a cookie: credentials need not cross origins.
    credentials: false,
    // What the web app itself reads from answers: the file name of a download, and the id to quote when reporting a problem.
    exposedHeaders: ['Content-Disposition', 'X-Request-Id'],
    maxAge: 600,
  };
}
