// A segment moved by an edit places its numbers, ranges and superscripts when first read (perf-key40), not when it is
// placed: most moved segments of a 1 MB draft are never asked for them again in that version. What the readings that
// only count or test a segment's numbers read is its relative tokens. Placed late or at once, a segment must give the
// same tokens, ranges and superscripts, and a check the same results as a full check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, loadDataset, type CheckResult } from 'factlint';
import { assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { datasetOf } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every segment's numbers, ranges and superscripts as read from the text, and its relative tokens placed by hand. */
function placedAsRead(result: CheckResult): void {
  for (const segment of result.state.doc.segments) {
    const relative = segment.relativeTokens;
    assert.equal(relative.length, segment.tokens.length, `segment ${segment.index}`);
    segment.tokens.forEach((t, i) => {
      const r = relative[i]!;
      assert.deepEqual({ ...t, start: t.start - segment.start, end: t.end - segment.start }, r, `token ${i} of segment ${segment.index}`);
      assert.equal(result.text.slice(t.start, t.end), segment.text.slice(r.start, r.end));
    });
    // The same objects on every read, and a range's ends are the segment's own tokens.
    assert.equal(segment.tokens, segment.tokens);
    assert.equal(segment.ranges, segment.ranges);
    for (const range of segment.ranges) {
      assert.ok(segment.tokens.includes(range.from) && segment.tokens.includes(range.to), `range of segment ${segment.index}`);
      assert.ok(segment.start <= range.start && range.end <= segment.end);
    }
    for (const sup of segment.sups) assert.ok(segment.start <= sup.start && sup.end <= segment.end + 1 && result.text.slice(sup.contentStart, sup.contentEnd) === sup.content, `sup of segment ${segment.index}`);
  }
}

describe('segments placed lazily (perf-key40)', () => {
  it('gives a moved segment the tokens, ranges and superscripts of a fresh check, read in any order', () => {
    const engine = createEngine({ dataset: datasetOf({}) });
    const text = '# Title\n\nNo figures.\n\nIn 2024 it carried 4,160 people, 61–73% of them.<sup>2</sup>\n\n| Year | Count |\n| --- | --- |\n| 2023 | 1,210 |\n\n- 12 of 40 ports\n';
    const first = engine.check(text);
    for (const by of ['Intro.\n\n', 'x', '']) {
      const edited = by === '' ? text.slice(1) : by + text;
      const moved = engine.check(edited, { previous: first });
      const fresh = engine.check(edited);
      // Ranges asked before tokens on one, tokens first on the other: the same lists.
      const view = (r: CheckResult, rangesFirst: boolean) =>
        r.state.doc.segments.map((s) => {
          const ranges = rangesFirst ? s.ranges.map((x) => [x.start, x.end, s.tokens.indexOf(x.from), s.tokens.indexOf(x.to)]) : undefined;
          const tokens = s.tokens.map((t) => [t.start, t.end, t.text]);
          return { tokens, ranges: ranges ?? s.ranges.map((x) => [x.start, x.end, s.tokens.indexOf(x.from), s.tokens.indexOf(x.to)]), sups: s.sups.map((u) => [u.start, u.end, u.contentStart, u.contentEnd]) };
        });
      assert.deepEqual(view(moved, true), view(fresh, false), JSON.stringify(by));
      placedAsRead(moved);
    }
  });

  it('counts the same claims as a full check when the moved segments were never asked for their numbers', () => {
    const engine = createEngine({ dataset: datasetOf({}), rules: { cagr: 'off', share: 'off', total: 'off', 'percent-change': 'off' } });
    const text = Array.from({ length: 30 }, (_, i) => `## Part ${i}\n\nIn 2024 the lab ran ${100 + i} trials and ${i + 2}% of them failed; 12–15 were repeated.\n`).join('\n');
    let result = engine.check(text);
    for (const at of [0, 40, Math.floor(text.length / 2), text.length - 5]) {
      result = assertSame(engine, result, replaceAt(result.text, at, 0, 'x'), `typed at ${at}`);
      result = assertSame(engine, result, replaceAt(result.text, at, 1, ''), `deleted at ${at}`);
    }
    placedAsRead(result);
  });

  it('gives the same findings as a full check when typing in the outlook sample', () => {
    const dir = path.join(ROOT, 'samples/dataset');
    const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') }));
    const engine = createEngine({ dataset: loadDataset(inputs).dataset });
    const outlook = readFileSync(path.join(ROOT, 'samples/outlook-issue-7.md'), 'utf8');
    let text = outlook;
    let result = engine.check(text);
    for (const at of [300, Math.floor(text.length / 2), text.length - 80]) {
      for (const by of ['x', '', '4.5', '']) {
        text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
        result = assertSame(engine, result, text, `edit ${JSON.stringify(by)} at ${at}`);
        placedAsRead(result);
      }
    }
    assertKeystrokes(engine, outlook, ['x', '', '7', '\n\n', '%', '2019'], 4);
  });
});
