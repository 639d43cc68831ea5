import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { WebAppFallbackFilter } from './web-app-fallback.filter';

/**
 * Serves the built web app (apps/web/dist) on the API's origin, so it calls the API without CORS: its
 * files as they are, and its index.html for the app's own paths (see WebAppFallbackFilter). Does
 * nothing when the app is not built, so the API runs without it.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string | undefined): void {
  if (!distDir || !existsSync(join(distDir, 'index.html'))) return;
  app.useStaticAssets(distDir, {
    // File names under assets/ carry a content hash: cache them for good. index.html must be fresh to name the current ones.
    setHeaders: (response, path) =>
      response.setHeader('Cache-Control', path.includes(`${join(distDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.useGlobalFilters(new WebAppFallbackFilter(distDir));
}
