import type { OutputBundle, OutputChunk } from 'rollup';

// The signed-in layout and the inbox are lazy chunks, so on a cold load the browser would discover them one wave at a
// time (entry → layout → inbox → their shared parts), each wave a full round trip. The inbox is where officials land:
// its chunks are named to the browser with the document, to download alongside the entry, in one wave. They are named
// by the document's inline script (build/inline-first-rows.ts), after it has asked the API for the inbox: as <link>
// tags, the browser's preload scanner could request them first, and over HTTP/1.1 (six connections to a host) the
// API's answer would then wait for a connection behind the code.

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

/** The URL of every chunk the given sources are built into, with what they import (the entry aside). */
export function homePageChunks(bundle: OutputBundle, sources: readonly string[]): string[] {
  return [...new Set(sources.flatMap((source) => withImports(bundle, source)))].map((file) => `/${file}`);
}
