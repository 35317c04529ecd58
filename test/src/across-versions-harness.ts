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

/** assertSame, and the readings `read` gives of the version's result those it gives of a fresh check's (`what` names them). */
export function sameWithReadings(read: (result: CheckResult) => readonly string[], what: string): SameAs {
  return (engine, previous, edited, label) => {
    const result = assertSame(engine, previous, edited, label);
    assert.deepEqual(read(result), read(engine.check(edited)), `${label}: ${what}`);
    return result;
  };
}

/** Where the `n`th occurrence (from 0) of `needle` stands in `text`, asserting there is one. */
export function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `occurrence ${n} of ${needle}`);
  return at;
}

/**
 * Three edits in turn inside a draft's fillers, each checked from the result before: a letter typed near the end,
 * `insert` typed near the start, a letter deleted in the middle.
 */
export function editFillersInTurn(engine: Engine, previous: CheckResult, text: string, filler: string, insert: string, same: SameAs): void {
  for (const [where, by] of [[0.9, 'y'], [0.2, insert], [0.5, '']] as const) {
    const k = text.indexOf(filler, Math.floor(text.length * where)) + 5;
    text = by === '' ? replaceAt(text, k, 1, '') : replaceAt(text, k, 0, by);
    previous = same(engine, previous, text, `edit at ${where}`);
  }
}

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

/**
 * Property: up to `maxEdits` replacements anywhere (a run of up to `maxRemove` characters replaced by one of the
 * fragments), each checked by `same` from the last result, labelled by the whole list of edits.
 */
export function assertReplacements(
  engine: Engine,
  text0: string,
  fragments: readonly string[],
  bounds: { maxRemove: number; maxEdits: number; numRuns: number },
  same: (previous: CheckResult, edited: string, label: string) => CheckResult,
): void {
  const editArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), remove: fc.integer({ min: 0, max: bounds.maxRemove }), insert: fc.constantFrom(...fragments) });
  fc.assert(
    fc.property(fc.array(editArb, { minLength: 1, maxLength: bounds.maxEdits }), (edits) => {
      let current = text0;
      let result = engine.check(current);
      for (const edit of edits) {
        const start = Math.floor(edit.at * (current.length + 1));
        current = current.slice(0, start) + edit.insert + current.slice(Math.min(current.length, start + edit.remove));
        result = same(result, current, JSON.stringify(edits));
      }
    }),
    { numRuns: bounds.numRuns },
  );
}

/** `source` with `insert` written before its `occurrence`-th (from 0) `anchor`, asserting the text holds it. */
export function insertAt(source: string, anchor: string, insert: string, occurrence = 0): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(anchor, at + 1);
  assert.ok(at >= 0, `"${anchor}" is in the text`);
  return source.slice(0, at) + insert + source.slice(at);
}
