// Segments moved by an edit above them are placed again at their new offsets, partly from what the previous version
// placed (perf-key61): their tokens written out field by field, a range's ends found by index, a cell and list item of
// the same table and list taken as the previous version's objects, a block without marks given one marks object for
// any offset, and a moved link copied from the link placed before. After chained edits above them, and edits that
// change what the kept parts depend on (a table or list inserted before, marks added to a block), every placed segment,
// mark and link equals a fresh check's, fields in the same order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, type CheckResult } from 'factlint';
import { assertReplacements, insertAt } from './across-versions-harness.js';
import { urbanApiary } from './made-up-datasets.js';

const dataset = urbanApiary({
  metrics: [{ id: 'budget', label: 'Budget', unit: 'currency', currency: 'USD', phrases: ['budget'] }],
  observations: [{ entity: 'nac', metric: 'budget', year: 2024, value: 1200000, source: 'census' }],
});
const engine = createEngine({ dataset });

// Tokens of every shape scanNumbers makes (plain, year, percent, approximate, scaled currency, spelled and written
// ordinals, a superscript ordinal), a range, sentences, a table, a list, a footnote, math and a directive.
const text = [
  'Intro paragraph without numbers.',
  '## Riverside Bee Collective',
  'RBC kept 198 hives and 641 members in 2024, about 640 of them active. Its budget was USD 1.3 million, up 12% on 2019.',
  'It ranked second in 2024 and 2 <sup>nd</sup> in 2023; its yield rose 61–73% a year.[^1]',
  '| Indicator | 2019 | 2024 |\n| --- | ---: | ---: |\n| Hives | 150 | 189 |\n| Members | 600 | 640 |',
  '- NAC kept 412 hives in 2024.\n- RBC kept 150 hives in 2019.',
  'The index is $x^2$ for 3 sites. <!-- factlint-disable-next-line -->',
  '## Northfield Apiary Cooperative',
  'NAC kept 421 hives in 2024 and roughly 350 in 2019.',
  '[^1]: The census of 2025, 14 pages.',
].join('\n\n');

type Doc = CheckResult['state']['doc'];

/** Each segment's placed state as data, fields in their order (JSON keeps it): offsets, tokens, ranges, cell, list item, sentences, mentions. */
function segmentsOf(doc: Doc): string[] {
  return doc.segments.map((s) => {
    // Each placed token has its relative token's fields in the same order (the analysis' own, at segment offsets).
    const relative = (s.content as { tokens: readonly object[] }).tokens;
    s.tokens.forEach((t, i) => assert.deepEqual(Object.keys(t), Object.keys(relative[i]!), `token ${t.text}: its fields`));
    for (const r of s.ranges) {
      assert.ok(s.tokens.includes(r.from) && s.tokens.includes(r.to), `a range's ends are its segment's tokens: ${s.text}`);
    }
    return JSON.stringify({ index: s.index, block: s.block, kind: s.kind, start: s.start, end: s.end, heading: s.heading, tokens: s.tokens, ranges: s.ranges, sups: s.sups, cell: s.cell, listItem: s.listItem, sentences: s.sentences, metrics: s.metrics, entities: s.entities, rankings: s.rankings });
  });
}

function marksOf(doc: Doc): string {
  return JSON.stringify({ tables: doc.tables, lists: doc.lists, footnoteRefs: doc.footnoteRefs, footnoteDefs: doc.footnoteDefs, directives: doc.directives, math: doc.math });
}

/** The links as data, every field in its order (the segment by offset). */
function linksOf(result: CheckResult): string[] {
  return result.state.links().links.map((l) => {
    // Whether the link's token and range are its segment's own objects (a count in words is not among the tokens).
    const own = [l.segment.tokens.includes(l.token), l.range === undefined || l.segment.ranges.includes(l.range)];
    return JSON.stringify([own, Object.entries(l).map(([k, v]) => [k, k === 'segment' ? (v as { start: number }).start : v])]);
  });
}

function assertSameAsFresh(previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  const fresh = engine.check(edited);
  assert.deepEqual(segmentsOf(incremental.state.doc), segmentsOf(fresh.state.doc), `${label}: placed segments`);
  assert.equal(marksOf(incremental.state.doc), marksOf(fresh.state.doc), `${label}: marks`);
  assert.deepEqual(linksOf(incremental), linksOf(fresh), `${label}: links`);
  assert.deepEqual(incremental.diagnostics, fresh.diagnostics, `${label}: diagnostics`);
  assert.deepEqual(incremental.coverage, fresh.coverage, `${label}: coverage`);
  return incremental;
}

describe('incremental check: segments placed again after an edit', () => {
  it('the test document holds every token shape, a range, cells, list items, marks and links of two readings in a segment', () => {
    const checked = engine.check(text);
    const tokens = checked.state.doc.segments.flatMap((s) => s.tokens);
    for (const field of ['scale', 'currency', 'spelled', 'approximate'] as const) assert.ok(tokens.some((t) => field in t), `a token with ${field}`);
    assert.ok(tokens.some((t) => t.kind === 'ordinal' && t.text.startsWith('2')), 'a superscript ordinal');
    assert.ok(checked.state.doc.segments.some((s) => s.ranges.length > 0), 'a range');
    const doc = checked.state.doc;
    assert.ok(doc.tables.length === 1 && doc.lists.length === 1 && doc.footnoteRefs.length === 1 && doc.math.length === 1 && doc.directives.length === 1, marksOf(doc));
    const links = checked.state.links().links;
    assert.ok(links.some((a) => links.some((b) => a !== b && a.segment === b.segment && a.metric !== b.metric)), 'a segment with links of two measures');
  });

  it('chained keystrokes above: the moved segments are new objects equal to a fresh check\'s, their cells and list items the previous version\'s', () => {
    let previous = engine.check(text);
    let current = text;
    for (let k = 0; k < 6; k++) {
      current = k % 2 === 0 ? insertAt(current, 'Intro', 'x') : current.replace('xIntro', 'Intro');
      const next = assertSameAsFresh(previous, current, `keystroke ${k}`);
      const before = previous.state.doc.segments;
      const after = next.state.doc.segments;
      assert.equal(after.length, before.length);
      for (let i = 1; i < after.length; i++) {
        assert.notEqual(after[i], before[i], `segment ${i} is placed again`);
        if (after[i]!.cell) assert.equal(after[i]!.cell, before[i]!.cell, `segment ${i}: the previous version's cell`);
        if (after[i]!.listItem) assert.equal(after[i]!.listItem, before[i]!.listItem, `segment ${i}: the previous version's list item`);
      }
      const moved = next.state.links().links;
      const was = previous.state.links().links;
      assert.equal(moved.length, was.length);
      for (let i = 0; i < moved.length; i++) {
        assert.notEqual(moved[i], was[i], 'a moved link is a new object');
        assert.equal(moved[i]!.segment, after[moved[i]!.segment.index], 'of this version\'s segment');
      }
      previous = next;
    }
  });

  const edits: Array<[string, (s: string) => string]> = [
    ['a table inserted before the table', (s) => insertAt(s, 'RBC kept 198', '| A | B |\n| --- | --- |\n| 1 | 2 |\n\n')],
    ['a list inserted before the list', (s) => insertAt(s, 'RBC kept 198', '- one\n- two\n\n')],
    // One segment for one: every later segment keeps its index (and its analysis), its table or list is one id further.
    ['the first paragraph made a one-cell table', (s) => s.replace('Intro paragraph without numbers.', '| Intro |\n| --- |')],
    ['the first paragraph made a one-item list', (s) => s.replace('Intro paragraph without numbers.', '- Intro paragraph without numbers.')],
    ['a footnote call and math added to a paragraph above', (s) => s.replace('Intro paragraph without numbers.', 'Intro paragraph $y$ without numbers.[^1]')],
    ['a directive added above', (s) => insertAt(s, 'Intro', '<!-- factlint-disable -->\n\n')],
    ['a heading made deeper above the moved segments', (s) => s.replace('## Riverside', '### Riverside')],
    ['the paragraph of two links rewritten', (s) => s.replace('RBC kept 198 hives and 641 members', 'RBC kept 641 members and 198 hives')],
    ['a number made approximate', (s) => s.replace('kept 412 hives', 'kept about 412 hives')],
    ['text removed across the table', (s) => s.slice(0, s.indexOf('| Hives')) + s.slice(s.indexOf('- NAC'))],
  ];
  for (const [label, edit] of edits) {
    it(`equals a fresh check after ${label}, then a keystroke above, and back`, () => {
      const first = engine.check(text);
      const edited = edit(text);
      assert.notEqual(edited, text);
      const second = assertSameAsFresh(first, edited, label);
      const third = assertSameAsFresh(second, insertAt(edited, 'Intro', 'x'), `${label}, then a keystroke above`);
      assertSameAsFresh(third, text, `${label}, undone`);
    });
  }

  it('property: random edits of the test document keep every placed segment, mark and link equal to a fresh check', () => {
    const fragments = ['x', ' ', '\n\n', '## RBC\n\n', '- ', '| 7 |', '$z$', '[^1]', 'about 9 ', 'USD 2 million ', 'third ', '4–5% ', '<sup>th</sup>', '\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n'];
    assertReplacements(engine, text, fragments, { maxRemove: 30, maxEdits: 4, numRuns: 100 }, assertSameAsFresh);
  });
});
