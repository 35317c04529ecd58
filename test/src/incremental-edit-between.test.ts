// editBetween keeps its last answer (perf-key43): a check asks it of the same two versions four times. Whatever the
// order of the pairs asked (repeated, swapped, a copy of equal content, another pair of the same lengths), each answer
// is that of a fresh comparison.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { editBetween } from '../../server/dist/engine/markdown/document.js';

/** The edit between two texts, found the plain way. */
function naive(old: string, text: string): { prefix: number; oldEnd: number; newEnd: number } {
  let prefix = 0;
  while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < text.length - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
  return { prefix, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

const text = fc.array(fc.constantFrom('a', 'b', 'ab', '\n', ' '), { maxLength: 12 }).map((p) => p.join(''));

describe('editBetween keeps its last answer (perf-key43)', () => {
  it('answers every pair of a sequence as a fresh comparison would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.boolean()), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [old, next, again] of pairs) {
          assert.deepEqual({ ...editBetween(old, next) }, naive(old, next));
          // The same pair once more, then a copy of equal content (another string object), then swapped.
          if (again) {
            assert.deepEqual({ ...editBetween(old, next) }, naive(old, next));
            assert.deepEqual({ ...editBetween([...old].join(''), next) }, naive(old, next));
            assert.deepEqual({ ...editBetween(next, old) }, naive(next, old));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a long text the same answer twice, and another for an edit of the same length', () => {
    const base = 'x'.repeat(200_000);
    const a = `${base}a${base}`;
    const b = `${base}b${base}`;
    const c = `${base}ab${base.slice(1)}`;
    assert.deepEqual({ ...editBetween(a, b) }, { prefix: 200_000, oldEnd: 200_001, newEnd: 200_001 });
    assert.deepEqual({ ...editBetween(a, b) }, { prefix: 200_000, oldEnd: 200_001, newEnd: 200_001 });
    assert.deepEqual({ ...editBetween(a, c) }, naive(a, c));
    assert.ok(Object.isFrozen(editBetween(a, c)));
  });
});
