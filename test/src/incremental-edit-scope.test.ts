// perf-key68: the edit's scope (across-versions.ts editScope) from what analyseDocument found as it placed the
// segments (analysis.ts placementOf: whether the segments are in order, the first segment that is not the previous
// version's object, and those that do not stand where the previous version's stood), instead of two walks of every
// segment of both versions on each keystroke: the segments near the edit found by binary search, the segments outside
// the scope checked through the placement's list. The scope (its segments and how many leading segments are the
// previous version's own) must be what the walks gave: the walks are kept below as the reference, and compared on
// random edits of drafts with sections, lists, tables, code and headings of several depths.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, type CheckResult } from 'factlint';
import { EDIT_MARGIN, versionEdit } from '../../server/dist/engine/across-versions.js';
import { placementOf, samePlace, type AnalysedDocument, type AnalysedSegment } from '../../server/dist/engine/analysis.js';
import { editBetween } from '../../server/dist/engine/markdown/document.js';
import { replaceAt } from './across-versions-harness.js';
import { urbanApiary } from './made-up-datasets.js';
import { seededRandom as random } from './helpers.js';

/** The scope as perf-key63's editScope gave it: every segment of both versions walked. */
function referenceScope(doc: AnalysedDocument, previous: AnalysedDocument): { from: number; to: number; leading: number } | null {
  const now = doc.segments;
  const before = previous.segments;
  if (now.length !== before.length || now.length === 0) return null;
  const { prefix, oldEnd, newEnd } = editBetween(previous.text, doc.text);
  const reaches = (segments: readonly AnalysedSegment[], i: number, length: number, start: number, end: number): boolean => {
    const low = i > 0 ? segments[i - 1]!.end : 0;
    const high = i + 1 < segments.length ? segments[i + 1]!.start : length;
    return low - EDIT_MARGIN <= end && high + EDIT_MARGIN >= start;
  };
  let from = Infinity;
  let to = -Infinity;
  let deepest = Infinity;
  for (let i = 0; i < now.length; i++) {
    const near = reaches(now, i, doc.text.length, prefix, newEnd) || reaches(before, i, previous.text.length, prefix, oldEnd);
    if (!near) continue;
    from = Math.min(from, i);
    to = Math.max(to, i);
    const s = now[i]!;
    const p = before[i]!;
    if (s.kind === 'heading') deepest = Math.min(deepest, s.depth ?? 1);
    if (p.kind === 'heading') deepest = Math.min(deepest, p.depth ?? 1);
  }
  if (from <= to) {
    while (from > 0 && now[from]!.kind !== 'heading') from--;
    for (to++; to < now.length; to++) {
      const s = now[to]!;
      if (s.kind === 'heading' && (s.depth ?? 1) <= deepest) break;
    }
    to--;
  }
  let leading = -1;
  for (let i = 0; i < now.length; i++) {
    if (i >= from && i <= to) continue;
    if (now[i] === before[i]) continue;
    if (leading < 0) leading = i;
    if (!samePlace(now[i]!, before[i]!)) return null;
  }
  return { from, to, leading: Math.min(leading < 0 ? now.length : leading, from, now.length) };
}

describe("the edit's scope from the segments' placement", () => {
  const engine = createEngine({ dataset: urbanApiary({}) });
  const section = (k: number): string =>
    [
      `${k % 4 === 0 ? '##' : '###'} Site ${k}`,
      `RBC kept ${150 + k} hives and ${600 + k} members in 2024, up ${k % 40}% on 2019.`,
      `| Indicator | 2019 | 2024 |\n| --- | ---: | ---: |\n| Hives | ${100 + k} | ${150 + k} |`,
      `- NAC kept 412 hives in 2024.\n- RBC kept ${150 + k} hives in 2019.\n  - of which ${k} new`,
      '```\ncode 12\n```',
      `> The site had ${20 + (k % 7)} volunteers.`,
    ].join('\n\n');
  // Past analysis.ts's take-over threshold (400 blocks), so the leading blocks are taken over, and below it.
  const large = Array.from({ length: 90 }, (_, k) => section(k)).join('\n\n');
  const small = Array.from({ length: 6 }, (_, k) => section(k)).join('\n\n');

  const scopeOf = (result: CheckResult): { from: number; to: number; leading: number } | null => {
    const edit = versionEdit(result.state.doc);
    return edit && { from: edit.from, to: edit.to, leading: edit.leading };
  };

  for (const [name, text] of [['a draft of ~540 blocks', large], ['a draft of ~36 blocks', small]] as const) {
    it(`is the walks' scope through random edits of ${name}`, () => {
      const rnd = random(name.length);
      let current = text;
      let result = engine.check(current);
      let scopes = 0;
      for (let i = 0; i < 40; i++) {
        const at = Math.floor(rnd() * current.length);
        const by = ['x', '', ' 12%', '\n\n', '#', '- ', '|', '\n\n## New\n\n'][Math.floor(rnd() * 8)]!;
        current = by === '' ? replaceAt(current, at, 1 + Math.floor(rnd() * 3), '') : replaceAt(current, at, 0, by);
        const previous = result;
        result = engine.check(current, { previous });
        const doc = result.state.doc;
        // The fast path was taken: both versions' segments in order, placed from this previous version.
        assert.equal(placementOf(doc, previous.state.doc)?.ordered, true, `edit ${i}: placed from the previous version, in order`);
        const expected = referenceScope(doc, previous.state.doc);
        assert.deepEqual(scopeOf(result), expected, `edit ${i} at ${at} (${JSON.stringify(by)})`);
        if (expected) scopes++;
      }
      assert.ok(scopes > 20, `${scopes} edits had a scope`);
    });
  }

  it("is the walks' scope for a letter typed at every offset of a stretch (each reach's bounds met exactly)", () => {
    const base = engine.check(small);
    const start = Math.floor(small.length * 0.4);
    for (let at = start; at < start + 700; at++) {
      const result = engine.check(replaceAt(small, at, 0, 'x'), { previous: base });
      assert.deepEqual(scopeOf(result), referenceScope(result.state.doc, base.state.doc), `typed at ${at}`);
      const removed = engine.check(replaceAt(small, at, 1, ''), { previous: base });
      assert.deepEqual(scopeOf(removed), referenceScope(removed.state.doc, base.state.doc), `deleted at ${at}`);
    }
  });

  it("lists as misplaced exactly the segments that are neither the previous version's nor samePlace with them", () => {
    let current = large;
    let result = engine.check(current);
    for (const where of [0.9, 0.5, 0.1]) {
      const at = current.indexOf('kept', Math.floor(current.length * where));
      current = replaceAt(current, at, 0, '## Inserted\n\nNAC kept 9 hives.\n\n');
      // A heading of its own: every segment after it is in another section, and the count differs (no scope).
      const previous = result;
      result = engine.check(current, { previous });
      // Then the inserted heading removed: the count as two versions before, and the sections as they were.
      current = replaceAt(current, at, '## Inserted\n\n'.length, '');
      const before = result;
      result = engine.check(current, { previous: before });
      const doc = result.state.doc;
      const placement = placementOf(doc, before.state.doc)!;
      const old = before.state.doc.segments;
      const misplaced = doc.segments.flatMap((s, i) => (i < old.length && s !== old[i] && !samePlace(s, old[i]!) ? [i] : []));
      assert.deepEqual(placement.misplaced, misplaced, `edit at ${where}`);
      const firstNew = doc.segments.findIndex((s, i) => s !== old[i]);
      assert.equal(placement.firstNew, firstNew < 0 ? doc.segments.length : firstNew, `edit at ${where}: first new`);
      assert.deepEqual(scopeOf(result), referenceScope(doc, before.state.doc), `edit at ${where}: scope`);
      void previous;
    }
  });
});
