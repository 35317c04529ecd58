// Placing a version's segments block by block (perf-key43): a plain block (no heading, table cell nor list item) that
// stands where it stood, with the same record, first segment index and section, is given the previous version's
// segments as they are, without a test of each; every other block is placed segment by segment as before. The placed
// segments and the findings stay those of a full check.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type CheckResult } from 'factlint';
import { assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { datasetOf } from './helpers.js';

/** What a placed segment says of itself: all that a rule may read of its place. */
function placed(result: CheckResult): unknown[] {
  return result.state.doc.segments.map((s) => ({
    kind: s.kind,
    start: s.start,
    end: s.end,
    text: s.text,
    index: s.index,
    block: s.block,
    heading: s.heading,
    cell: s.cell,
    listItem: s.listItem,
    tokens: s.tokens.map((t) => [t.start, t.end, t.text]),
    ranges: s.ranges.map((r) => [r.start, r.end]),
  }));
}

function assertPlaced(engine: ReturnType<typeof createEngine>, previous: CheckResult, text: string, label: string): CheckResult {
  const incremental = assertSame(engine, previous, text, label);
  assert.deepEqual(placed(incremental), placed(engine.check(text)), `${label}: placed segments`);
  return incremental;
}

const DRAFT = [
  '# Outlook',
  '',
  'In 2024 the institute carried 4,160 people, 61–73% of them students.',
  '',
  'Its budget rose from EUR 2.0 million in 2020 to EUR 2.4 million in 2024, a CAGR of 5.7%.',
  '',
  '## Regions',
  '',
  'The north had 120 staff and the south 80, 200 in all.',
  '',
  '- North: 60%',
  '- South: 40%',
  '',
  'Table 1: Staff by region',
  '',
  '| Region | 2020 | 2024 |',
  '| --- | ---: | ---: |',
  '| North | 100 | 120 |',
  '| South | 70 | 80 |',
  '',
  'Growth in the north was 20% and in the south 14.3% over the period.',
  '',
  '### Notes',
  '',
  'A closing paragraph with 3 figures: 12, 13 and 25 in total.',
  '',
  'Plain words after it, no numbers at all.',
  '',
].join('\n');

describe('plain blocks taken over whole (perf-key43)', () => {
  const engine = createEngine({ dataset: datasetOf({}) });

  it('gives the previous segments of every plain block before and after an edit that moves nothing', () => {
    const first = engine.check(DRAFT);
    const at = DRAFT.indexOf('A closing');
    const edited = replaceAt(DRAFT, at, 1, 'B');
    const second = assertPlaced(engine, first, edited, 'a letter replaced');
    const before = first.state.doc.segments;
    const after = second.state.doc.segments;
    const changed = after.findIndex((s) => s.start <= at && at < s.end);
    for (const s of after) if (s.index !== changed) assert.equal(s, before[s.index], `segment ${s.index} (${s.kind}) kept`);
    assert.notEqual(after[changed], before[changed]);
  });

  it('places again what an edit moves, renumbers or puts under another heading', () => {
    let result = engine.check(DRAFT);
    let text = DRAFT;
    const edits: Array<[string, (t: string) => string]> = [
      ['a character typed early', (t) => replaceAt(t, t.indexOf('people'), 0, 'x')],
      ['a paragraph split in two', (t) => t.replace('Its budget rose from', 'Its budget rose\n\nfrom')],
      ['the split joined again', (t) => t.replace('Its budget rose\n\nfrom', 'Its budget rose from')],
      ['a heading made', (t) => t.replace('The north had', '## The north had')],
      ['the heading unmade', (t) => t.replace('## The north had', 'The north had')],
      // Edits of the same length: every block after stands where it stood, with the same index.
      ['a paragraph made a heading in place', (t) => t.replace('The north had', '# e north had')],
      ['the heading made a paragraph again', (t) => t.replace('# e north had', 'The north had')],
      ['two list items made one in place', (t) => t.replace('\n- South: 40%', '\n  South: 40%')],
      ['and two again', (t) => t.replace('\n  South: 40%', '\n- South: 40%')],
      ['a heading demoted', (t) => t.replace('## Regions', '#### Regions')],
      ['a list item made a paragraph', (t) => t.replace('- North: 60%', 'North: 60%')],
      ['a table row removed', (t) => t.replace('| South | 70 | 80 |\n', '')],
      ['a block removed', (t) => t.replace('\n\nPlain words after it, no numbers at all.', '')],
      ['a figure changed late', (t) => t.replace('25 in total', '26 in total')],
    ];
    for (const [label, edit] of edits) {
      const next = edit(text);
      assert.notEqual(next, text, `${label} applies`);
      text = next;
      result = assertPlaced(engine, result, text, label);
    }
  });

  it('gives the same segments and findings as a full check for random keystrokes', () => {
    assertKeystrokes(engine, DRAFT, ['x', '\n', '\n\n', '# ', '- ', '| 9 |', '7', ' ', '']);
    let result = engine.check(DRAFT);
    let text = DRAFT;
    for (let i = 0; i < 40; i++) {
      const at = (i * 7919) % text.length;
      const by = ['x', '\n\n', '## ', '', '3', '- '][i % 6]!;
      text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
      result = assertPlaced(engine, result, text, `edit ${i} ${JSON.stringify(by)} at ${at}`);
    }
  });
});
