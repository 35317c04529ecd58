// Incremental reuse (lsp-keystroke5): the chunk splitter reads a list marker inside an HTML block as HTML, so an
// incremental build (chunks reused) gives what a fresh build and a whole parse give.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { loadChunkHarness, type ChunkHarness } from './chunk-harness.js';

describe('chunk splitter: a list marker inside an HTML block is HTML', () => {
  let harness: ChunkHarness;
  before(async () => {
    harness = await loadChunkHarness();
  });

  // Seed 424242 of lsp-keystroke4's incremental property: "- <sup>3</sup> word" inside the HTML block of the "</div>"
  // lines above it (HTML up to the blank line) opened a list in the scanner, so the "  ~~~" after the blank was read as
  // a fence in that item, ended by the first-column comment; the whole parse has a top-level fence to the end. Chunks
  // parsed together hid it; after "</div>" typed above, the last chunk was reused and the fence ended at the comment.
  const SEED_424242 = ['</div>', '</div>', '</div>', '</div>', '</div>', '</div>', '</div>', '- <sup>3</sup> word', '  <span>s</span>', '', '    code 6', '  ~~~', '<!-- c -->', '- <div>'];

  it('the case seed 424242 found: an incremental build after "</div>" typed above equals a fresh build', () => {
    harness.editsMatchFresh(SEED_424242, [
      [829767069, ''],
      [0, '</div>'],
    ]);
  });

  it('the fence after the HTML block runs to the end: one chunk holds it', () => {
    for (const text of ['</div>\n- a 1\n\n  ~~~\n<!-- c -->\n- <div>\n', '<div>\n* b\n  text\n\n  ```\n# h\n- c\n']) {
      assert.deepEqual(harness.chunkBlocks(text), harness.wholeBlocks(text), JSON.stringify(text));
      const chunks = harness.splitChunks(text);
      const fenceAt = text.search(/ {2}(?:~~~|```)/);
      assert.equal(chunks.filter((c) => c.start > fenceAt).length, 0, `nothing splits the fence: ${JSON.stringify(chunks)}`);
    }
  });

  it('look-alikes: after the blank line that ends the HTML block, a list item opens a list and its fence ends with it', () => {
    for (const text of ['</div>\n\n- a 1\n\n  ~~~\n<!-- c -->\n- <div>\n', '</div>\n\n- a 1\n  ~~~\nx\n\ntext 3\n']) {
      assert.deepEqual(harness.chunkBlocks(text), harness.wholeBlocks(text), JSON.stringify(text));
      const after = text.indexOf('\n', text.search(/ {2}~~~/) + 1) + 1;
      assert.ok(harness.splitChunks(text).some((c) => c.start >= after), 'a chunk starts after the item’s fence');
    }
  });

  const LINES = ['</div>', '<div>', '<pre>', '</pre>', '> > ```', '```', '~~~', '- ~~~', '- a 1', '  b 2', '', 'text 3', '# h 4', '> q 5', '    code 6', '<!-- c -->', '1. x 7', '* ```', '> ```', '<span>s</span>', '  ~~~', '   ```', ' ```', '---', '<p>', '<br/>', '  - ```', '-->', '  <!--', '  </div>', '  <div>', '<!--', '  <!-- c -->', '   <pre>', '  text 8', '- <div>', '- <!--', '> <div>', '<?x', '?>', '<script>', '</script>', '  -->', '- <https://a.b/c> 9', '- <sup>3</sup> word', '  <span>s</span>', 'lazy 10'];
  for (const seed of [424242, 5, 31337]) {
    it(`property (seed ${seed}): an incremental build after line edits equals a fresh build, block for block`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...LINES, 'Output rose to 12 crates.', 'Hives 40.'), { minLength: 4, maxLength: 14 }),
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LINES, 'Crates 9.')), { minLength: 1, maxLength: 4 }),
          (lines, edits) => harness.editsMatchFresh(lines, edits),
        ),
        { numRuns: 600, seed },
      );
    });
  }
});
