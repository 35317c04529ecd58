// The chunk splitter's harness, shared by the incremental suites: the blocks of a whole parse and of the chunks parsed
// one by one (offsets and facts, as strings to compare), and the document model built afresh or from a previous one.
import assert from 'node:assert/strict';

export interface ChunkModel {
  blocks: Array<{ start: number; end: number; record: { facts: unknown } }>;
}

export interface ChunkHarness {
  buildDocument: (text: string, previous?: unknown, options?: object) => ChunkModel;
  splitChunks: (text: string) => Array<{ start: number; end: number }>;
  wholeBlocks: (text: string) => string[];
  chunkBlocks: (text: string) => string[];
  /**
   * Builds `lines`, then applies each edit (at an even position a line inserted, at an odd one a line replaced) to the
   * previous model and throws unless the incremental build equals a fresh build of the same text, block for block.
   */
  editsMatchFresh: (lines: readonly string[], edits: ReadonlyArray<readonly [number, string]>) => void;
}

type Parse = { parseMarkdown: (t: string) => unknown; topLevelBlocks: (tree: unknown, text: string, base?: number) => Array<{ node: unknown; start: number; end: number }> };
type Facts = { blockFacts: (node: unknown, source: string, base: number, blockStart: number) => unknown };

export async function loadChunkHarness(): Promise<ChunkHarness> {
  const internals = (await import('factlint/internal/document')) as unknown as Pick<ChunkHarness, 'buildDocument' | 'splitChunks'>;
  const parse = (await import('../../server/dist/engine/markdown/parse.js')) as unknown as Parse;
  const facts = (await import('../../server/dist/engine/markdown/facts.js')) as unknown as Facts;
  const blocksOf = (window: string, base: number) =>
    parse.topLevelBlocks(parse.parseMarkdown(window), window, base).map((b) => `${b.start},${b.end} ${JSON.stringify(facts.blockFacts(b.node, window, base, b.start))}`);
  const shape = (m: ChunkModel) => m.blocks.map((b) => [b.start, b.end, JSON.stringify(b.record.facts)]);
  const editsMatchFresh = (lines: readonly string[], edits: ReadonlyArray<readonly [number, string]>) => {
    let current = [...lines];
    let model = internals.buildDocument(`${current.join('\n')}\n`);
    for (const [where, line] of edits) {
      // A line replaced (or inserted, for an even position): the chunks around it change, the rest is carried.
      const i = where % (current.length + 1);
      current = where % 2 === 0 ? [...current.slice(0, i), line, ...current.slice(i)] : [...current.slice(0, i), line, ...current.slice(i + 1)];
      const text = `${current.join('\n')}\n`;
      const next = internals.buildDocument(text, model);
      assert.deepEqual(shape(next), shape(internals.buildDocument(text)), JSON.stringify(text));
      model = next;
    }
  };
  return {
    editsMatchFresh,
    buildDocument: internals.buildDocument,
    splitChunks: internals.splitChunks,
    wholeBlocks: (text) => blocksOf(text, 0),
    chunkBlocks: (text) => internals.splitChunks(text).flatMap((c) => blocksOf(text.slice(c.start, c.end), c.start)),
  };
}
