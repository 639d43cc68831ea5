import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface BuiltFile {
  path: string;
  raw: number;
  /** zlib's default level (6), as the api's `compression` middleware gzips. */
  gzip: number;
  /** Brotli at quality 4, as `compression` (1.8) answers a browser that accepts br: Chromium does. */
  brotli: number;
}

/**
 * What index.html loads before any page code runs: its `<script type="module">` (the entry chunk), the
 * stylesheets it links and the chunks it asks the browser to preload. Sizes as built, raw and gzipped.
 */
export function entryFiles(distDir: string): { script: BuiltFile; styles: BuiltFile[]; preloads: BuiltFile[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const script = /<script type="module"[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
  if (!script) throw new Error(`no <script type="module" src> in ${distDir}/index.html`);
  const links = (rel: string) => [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*\\bhref="([^"]+)"`, 'g'))].map((m) => m[1]);
  const file = (path: string) => builtFile(distDir, path);
  return { script: file(script), styles: links('stylesheet').map(file), preloads: links('modulepreload').map(file) };
}

export function builtFile(distDir: string, urlPath: string): BuiltFile {
  const absolute = join(distDir, urlPath);
  const content = readFileSync(absolute);
  return {
    path: urlPath,
    raw: statSync(absolute).size,
    gzip: gzipSync(content).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length,
  };
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
