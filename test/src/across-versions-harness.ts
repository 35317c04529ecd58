// Shared by the tests of per-reading results across versions (incremental-*-across*.test.ts): a check handed the
// previous result must give what a fresh full check gives (diagnostics, coverage, verified claims).
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { CheckResult, Engine } from 'factlint';

export function observed(result: CheckResult): unknown {
  return { diagnostics: JSON.stringify(result.diagnostics), coverage: result.coverage, verified: JSON.stringify(result.state.verified), lines: lineStarts(result) };
}

/** Where each line of the checked text starts, as the result's line index says (built from the last result's). */
export function lineStarts(result: CheckResult): number[] {
  return Array.from({ length: result.lines.lineCount }, (_, i) => result.lines.lineStart(i + 1));
}

/** An edit that replaces the first `from` of a text by `to`, asserting the text holds it (a test draft's edit in turn). */
export const replaceOnce = (from: string, to: string) => (text: string): string => {
  assert.ok(text.includes(from), `the draft holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

export const replaceAt = (text: string, at: number, length: number, by: string): string => text.slice(0, at) + by + text.slice(at + length);

/** Checks `edited` from `previous` and afresh: the same; returns the incremental result. */
export function assertSame(engine: Engine, previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  assert.deepEqual(observed(incremental), observed(engine.check(edited)), label);
  return incremental;
}

/** How an incremental check is compared with a fresh one (assertSame, or a stricter comparison that calls it). */
export type SameAs = (engine: Engine, previous: CheckResult, edited: string, label: string) => CheckResult;

/** Applies each edit in turn (each must change the text), every check chained from the last result. */
export function assertEditsInTurn(engine: Engine, text: string, edits: ReadonlyArray<(t: string) => string>, same: SameAs = assertSame): void {
  let result = engine.check(text);
  for (const [i, edit] of edits.entries()) {
    const edited = edit(text);
    assert.notEqual(edited, text, `edit ${i + 1} applies`);
    text = edited;
    result = same(engine, result, text, `edit ${i + 1}`);
  }
}

/** Property: up to six pieces typed (or one character deleted, for '') anywhere, chained from the last result. */
export function assertKeystrokes(engine: Engine, text0: string, pieces: readonly string[], numRuns = 60, same: SameAs = assertSame): void {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 6 }), (edits) => {
      let text = text0;
      let result = engine.check(text);
      edits.forEach(([f, by], i) => {
        const at = Math.floor(f * text.length);
        text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
        result = same(engine, result, text, `edit ${i + 1}: ${JSON.stringify(by)} at ${at}`);
      });
    }),
    { numRuns },
  );
}
