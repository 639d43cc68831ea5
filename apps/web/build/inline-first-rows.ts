import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { OutputAsset } from 'rollup';
import type { Plugin } from 'vite';
import { homePageChunks } from './preload-home-page';

// The inbox's first rows must not wait for the app's code (src/first-rows/shell.ts says why and how). This plugin
// bundles that small entry on its own with esbuild (which Vite itself runs on) into one minified function and writes it
// into index.html's <head>, right after <meta charset>: before the stylesheet, since a script after a pending
// stylesheet waits for it, and before the entry script. The inbox's chunks (preload-home-page.ts) are compiled into it,
// for it to name to the browser once its requests have left. Production builds only: the dev server serves the app's
// modules as they are, and the first rows matter on a slow line, not on a developer's machine.
//
// An inline script is what a Content Security Policy forbids unless it names it by hash ('sha256-…' in script-src).
// The build writes the hash of every inline script of index.html to csp-hashes.json beside it, and the API reads it at
// start into its policy (apps/api/src/http/inline-script-hashes.ts), so it computes nothing per request.

const CHARSET_META = /<meta\s+charset=[^>]*>/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** CSP's hash source for an inline script: sha256 of its text exactly as it stands between the tags. */
const cspHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

export interface FirstRowsOptions {
  /** The script's entry (src/first-rows/shell.ts). */
  entry: string;
  /** Sources whose chunks the script has the browser preload (the inbox route's: the layout and the page). */
  preload: readonly string[];
}

export function inlineFirstRows({ entry, preload }: FirstRowsOptions): Plugin {
  let target: string | string[] = 'es2020';
  return {
    name: 'tdkt:inline-first-rows',
    apply: 'build',
    configResolved(config) {
      // The same browsers as the app's own code.
      if (config.build.target) target = config.build.target;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.bundle) return html;
        if (!CHARSET_META.test(html)) throw new Error('inline-first-rows: index.html has no <meta charset> to put the script after');
        const result = await build({
          entryPoints: [entry],
          bundle: true,
          write: false,
          format: 'iife',
          platform: 'browser',
          target,
          minify: true,
          legalComments: 'none',
          // Vietnamese as UTF-8 (the document's charset), not as \u escapes: fewer bytes before the first rows.
          charset: 'utf8',
          define: { __HOME_PAGE_CHUNKS__: JSON.stringify(homePageChunks(context.bundle, preload)) },
        });
        const code = result.outputFiles[0].text.trim();
        // esbuild escapes "</script" in strings; this makes sure nothing else in the code could close the tag early.
        if (/<\/script|<!--/i.test(code)) throw new Error(`${entry}: the bundled code holds "</script" or "<!--", which cannot be inlined`);
        return html.replace(CHARSET_META, (meta) => `${meta}\n    <script>${code}</script>`);
      },
    },
    writeBundle(options, bundle) {
      const index = bundle['index.html'] as OutputAsset | undefined;
      if (!index || !options.dir) return;
      const hashes = [...String(index.source).matchAll(INLINE_SCRIPT)].map(([, script]) => cspHash(script));
      writeFileSync(join(options.dir, 'csp-hashes.json'), `${JSON.stringify({ 'script-src': hashes }, null, 2)}\n`);
    },
  };
}
