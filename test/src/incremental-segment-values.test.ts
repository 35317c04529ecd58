// Two changes of perf-key63 to what a keystroke allocates:
// - A reading's kept values per segment (across-versions.ts) are held in chunks of 256 segments (SegmentValues), and a
//   version takes the chunks of the previous version's leading segments as they are (keptLeading), copying a chunk
//   before either version writes to it, instead of a copy of the whole list per reading per keystroke.
// - A placed segment shifts its tokens and ranges to document offsets when they are first read; the walks that read
//   every segment's tokens only for their count, kinds or spans read them relative to the segment (holdsTokens,
//   relativeTokens and tokenOffset in analysis.ts), without shifting them.
// The values a version takes are the previous version's up to the count and none after it, and neither version's
// writes change the other's; on a draft of more than four chunks of segments, each check handed the previous result
// gives the findings, coverage, verified claims and links a fresh check gives, through chained edits and keystrokes,
// with a reading of the version before asked after the next version took its values over; and every segment's
// relative tokens placed by its offset are its tokens.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, type CheckResult } from 'factlint';
import { SegmentValues } from '../../server/dist/engine/across-versions.js';
import { holdsTokens, relativeTokens, tokenOffset } from '../../server/dist/engine/analysis.js';
import { assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { urbanApiary } from './made-up-datasets.js';

describe('SegmentValues: chunks shared with the version before', () => {
  const filled = (length: number): SegmentValues<string> => {
    const values = new SegmentValues<string>(length);
    for (let i = 0; i < length; i += 3) values.set(i, `v${i}`);
    return values;
  };

  it('holds what was written and nothing else', () => {
    const values = filled(700);
    for (let i = 0; i < 700; i++) assert.equal(values.get(i), i % 3 === 0 ? `v${i}` : undefined, `segment ${i}`);
    assert.equal(new SegmentValues<string>(700).get(699), undefined);
  });

  for (const count of [0, 1, 255, 256, 257, 300, 512, 699, 700]) {
    it(`takes the previous version's first ${count} values and none after them`, () => {
      const before = filled(700);
      const values = new SegmentValues(700, before, count);
      for (let i = 0; i < 700; i++) assert.equal(values.get(i), i < count && i % 3 === 0 ? `v${i}` : undefined, `segment ${i}`);
    });
  }

  it("neither version's writes change the other's values", () => {
    const before = filled(700);
    const values = new SegmentValues(700, before, 600);
    // The version before written to first (a reading of it read late), in the two chunks it shares and the one copied.
    before.set(6, 'old 6');
    before.set(258, 'old 258');
    before.set(513, 'old 513');
    assert.equal(values.get(6), 'v6');
    assert.equal(values.get(258), 'v258');
    assert.equal(values.get(513), 'v513');
    values.set(3, 'new 3');
    values.set(261, 'new 261');
    values.set(651, 'new 651');
    assert.equal(before.get(3), 'v3');
    assert.equal(before.get(261), 'v261');
    assert.equal(before.get(651), 'v651');
    // A third version from the second: the chunk the second copied and the one it still shares.
    const next = new SegmentValues(700, values, 700);
    next.set(9, 'next 9');
    next.set(516, 'next 516');
    assert.equal(values.get(9), 'v9');
    assert.equal(values.get(516), 'v516');
    assert.equal(next.get(3), 'new 3');
    assert.equal(next.get(651), 'new 651');
  });
});

describe('incremental checks of a draft of many chunks of segments', () => {
  const dataset = urbanApiary({});
  const engine = createEngine({ dataset });
  // ~1,100 segments: sections of a heading, prose with figures, a table and a list each.
  const section = (k: number): string =>
    [
      `## Site ${k}`,
      `RBC kept ${150 + k} hives and ${600 + k} members in 2024, up ${k % 40}% on 2019. NAC kept 412 hives in 2024.`,
      `The site had ${20 + (k % 7)} volunteers in 2024, against ${10 + (k % 5)} in 2019, and its yield rose 61–73% a year.`,
      `| Indicator | 2019 | 2024 |\n| --- | ---: | ---: |\n| Hives | ${100 + k} | ${150 + k} |\n| Members | 600 | 640 |`,
      `- NAC kept 412 hives in 2024.\n- RBC kept ${150 + k} hives in 2019.`,
    ].join('\n\n');
  const text = Array.from({ length: 80 }, (_, k) => section(k)).join('\n\n');

  const linksOf = (result: CheckResult): string => JSON.stringify(result.state.links().links.map(({ segment, ...link }) => ({ ...link, segment: [segment.index, segment.start, segment.end] })));

  /** assertSame, the links, and every segment's tokens as holdsTokens, relativeTokens and tokenOffset give them. */
  const same = (e: typeof engine, previous: CheckResult, edited: string, label: string): CheckResult => {
    const incremental = assertSame(e, previous, edited, label);
    assert.equal(linksOf(incremental), linksOf(e.check(edited)), `${label}: links`);
    assertRelativeTokens(incremental, label);
    return incremental;
  };

  it('has more than four chunks of segments', () => {
    assert.ok(engine.check(text).state.doc.segments.length > 4 * 256);
  });

  it('gives what a fresh check gives, through edits near the end, the middle and the start', () => {
    let result = engine.check(text);
    let current = text;
    for (const [where, by] of [[0.97, 'x'], [0.97, ''], [0.6, ' 12%'], [0.3, 'y'], [0.05, 'z'], [0.6, '']] as const) {
      const at = current.indexOf('volunteers', Math.floor(current.length * where)) + 3;
      current = by === '' ? replaceAt(current, at, 1, '') : replaceAt(current, at, 0, by);
      result = same(engine, result, current, `edit at ${where}`);
    }
  });

  it('gives what a fresh check gives when the version before is read after the next took its values over', () => {
    const first = engine.check(text);
    const at = text.indexOf('volunteers', Math.floor(text.length * 0.9)) + 3;
    const second = engine.check(replaceAt(text, at, 0, 'x'), { previous: first });
    // The first version's links, read now (lazily), after the second took over its kept values.
    assert.equal(linksOf(first), linksOf(engine.check(text)));
    const third = replaceAt(replaceAt(text, at, 0, 'x'), at + 1, 0, 'y');
    same(engine, second, third, 'the keystroke after');
  });

  it('gives what a fresh check gives through random keystrokes', () => {
    assertKeystrokes(engine, text, ['x', '', ' 7%', '\n\n'], 8, same);
  });
});

/** Every segment's tokens: holdsTokens says whether it has any, and its relative tokens placed by tokenOffset are its tokens. */
function assertRelativeTokens(result: CheckResult, label: string): void {
  for (const segment of result.state.doc.segments) {
    // Asked before the tokens are read (a segment after the edit not read yet), then after.
    const relative = relativeTokens(segment).map((t) => [t.start + tokenOffset(segment), t.end + tokenOffset(segment), t.text, t.kind, t.yearLike]);
    assert.equal(holdsTokens(segment), segment.tokens.length > 0, `${label}: segment ${segment.index} holds tokens`);
    assert.deepEqual(relative, segment.tokens.map((t) => [t.start, t.end, t.text, t.kind, t.yearLike]), `${label}: segment ${segment.index}'s tokens`);
  }
}
