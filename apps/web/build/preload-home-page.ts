import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

// The signed-in layout and the inbox are lazy chunks, so on a cold load the browser would discover them one wave at a
// time (entry → layout → inbox → their shared parts), each wave a full round trip. The inbox is where officials land:
// name its chunks in index.html so they download alongside the entry, in one wave.

const chunksOf = (bundle: OutputBundle): OutputChunk[] =>
  Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');

/** The chunk built from a source file ending in `suffix`, and every chunk it imports, transitively. */
function withImports(bundle: OutputBundle, suffix: string): string[] {
  const byName = new Map(chunksOf(bundle).map((chunk) => [chunk.fileName, chunk]));
  const start = chunksOf(bundle).find((chunk) => chunk.facadeModuleId?.endsWith(suffix));
  if (!start) throw new Error(`preload-home-page: no chunk is built from …${suffix}`);
  const found = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = byName.get(fileName);
    if (!chunk || chunk.isEntry || found.has(fileName)) return;
    found.add(fileName);
    chunk.imports.forEach(visit);
  };
  visit(start.fileName);
  return [...found];
}

export function preloadHomePage(sources: readonly string[]): Plugin {
  return {
    name: 'tdkt:preload-home-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        const files = new Set(sources.flatMap((source) => withImports(context.bundle!, source)));
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
