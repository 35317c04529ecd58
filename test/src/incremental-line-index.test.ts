// The line index of a check handed the previous result is built from the previous one (perf-key17): only the lines
// around the edit are looked for, the others are kept or shifted. It must be the index a fresh scan gives, whatever
// the edit does to LF, CRLF and lone CR line ends (a CR and an LF joined by an edit, or parted).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { createEngine, LineIndex } from 'factlint';
import { editBetween } from '../../server/dist/engine/markdown/document.js';
import { lineStarts, replaceAt } from './across-versions-harness.js';
import { loadDefaultDataset } from './helpers.js';

const starts = (lines: LineIndex): number[] => Array.from({ length: lines.lineCount }, (_, i) => lines.lineStart(i + 1));

/** The index of `text` built from that of `old`, as the engine builds it. */
function edited(old: string, text: string): LineIndex {
  const { prefix, oldEnd, newEnd } = editBetween(old, text);
  return LineIndex.edited(new LineIndex(old), text, prefix, oldEnd, newEnd);
}

const piece = fc.constantFrom('a', 'b c', '\n', '\r', '\r\n', '\n\n', '\r\r', ' ');
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('line index from the previous one (perf-key17)', () => {
  it('equals a fresh scan after any replacement, whatever the line ends (property)', () => {
    fc.assert(
      fc.property(text, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), text, (old, f, g, by) => {
        const at = Math.floor(f * old.length);
        const length = Math.floor(g * (old.length - at));
        const next = replaceAt(old, at, length, by);
        const built = edited(old, next);
        assert.deepEqual(starts(built), starts(new LineIndex(next)), JSON.stringify({ old, next }));
        assert.equal(built.text, next);
      }),
      { numRuns: 2000 },
    );
  });

  it('joins and parts a CR and an LF, and edits at the very start and end', () => {
    const cases: Array<[string, string]> = [
      ['a\rb', 'a\r\nb'], // LF typed after a lone CR: one line end, not two
      ['a\r\nb', 'a\rb'], // the LF of a CRLF deleted: the CR ends the line alone
      ['a\r\nb', 'a\rx\nb'], // a CRLF parted: two line ends
      ['a\rx\nb', 'a\r\nb'], // and joined again
      ['\nab', 'ab'],
      ['ab', '\nab'],
      ['ab\n', 'ab'],
      ['ab', 'ab\r'],
      ['ab\r', 'ab\r\n'],
      ['', '\r\n'],
      ['\r\n', ''],
      ['same\ntext\n', 'same\ntext\n'],
    ];
    for (const [old, next] of cases) assert.deepEqual(starts(edited(old, next)), starts(new LineIndex(next)), JSON.stringify({ old, next }));
  });

  it("a check handed the previous result has a fresh check's line index", async () => {
    const engine = createEngine({ dataset: await loadDefaultDataset() });
    let text = '# Output\r\n\r\nUTokyo grew from 287 papers in 2015 to 638 in 2024 (CAGR 8.3%).\r\rKeio grew from 21 papers\nin 2015 to 63 in 2024.\n';
    let result = engine.check(text);
    for (const [at, length, by] of [[10, 0, 'x'], [11, 1, ''], [12, 0, '\n'], [70, 0, '\n'], [71, 1, ''], [0, 0, '\r'], [text.length - 1, 1, '']] as const) {
      text = replaceAt(text, at, length, by);
      result = engine.check(text, { previous: result });
      assert.deepEqual(lineStarts(result), starts(new LineIndex(text)), JSON.stringify(text));
    }
  });
});
