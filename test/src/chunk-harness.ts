// The chunk splitter's harness, shared by the incremental suites: the blocks of a whole parse and of the chunks parsed
// one by one (offsets and facts, as strings to compare), and the document model built afresh or from a previous one.
export interface ChunkModel {
  blocks: Array<{ start: number; end: number; record: { facts: unknown } }>;
}

export interface ChunkHarness {
  buildDocument: (text: string, previous?: unknown, options?: object) => ChunkModel;
  splitChunks: (text: string) => Array<{ start: number; end: number }>;
  wholeBlocks: (text: string) => string[];
  chunkBlocks: (text: string) => string[];
}

type Parse = { parseMarkdown: (t: string) => unknown; topLevelBlocks: (tree: unknown, text: string, base?: number) => Array<{ node: unknown; start: number; end: number }> };
type Facts = { blockFacts: (node: unknown, source: string, base: number, blockStart: number) => unknown };

export async function loadChunkHarness(): Promise<ChunkHarness> {
  const internals = (await import('factlint/internal/document')) as unknown as Pick<ChunkHarness, 'buildDocument' | 'splitChunks'>;
  const parse = (await import('../../server/dist/engine/markdown/parse.js')) as unknown as Parse;
  const facts = (await import('../../server/dist/engine/markdown/facts.js')) as unknown as Facts;
  const blocksOf = (window: string, base: number) =>
    parse.topLevelBlocks(parse.parseMarkdown(window), window, base).map((b) => `${b.start},${b.end} ${JSON.stringify(facts.blockFacts(b.node, window, base, b.start))}`);
  return {
    buildDocument: internals.buildDocument,
    splitChunks: internals.splitChunks,
    wholeBlocks: (text) => blocksOf(text, 0),
    chunkBlocks: (text) => internals.splitChunks(text).flatMap((c) => blocksOf(text.slice(c.start, c.end), c.start)),
  };
}
