// Incremental checking: an edit re-parses only the touched top-level blocks, and the result always
// equals a fresh full check (diagnostics and coverage), for single and chained random edits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { CheckCancelledError, createEngine, type CheckResult, type Engine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';
import { rankClaims } from '../../server/dist/engine/context/rank-claims.js';

const outlookPath = join(repoRoot, 'samples/outlook-issue-7.md');
const draftsDir = join(repoRoot, 'samples/drafts');

let engine: Engine;
let outlook: string;
let drafts: Array<{ name: string; text: string }>;

before(async () => {
  engine = createEngine({ dataset: await loadDefaultDataset() });
  outlook = readFileSync(outlookPath, 'utf8');
  drafts = readdirSync(draftsDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(draftsDir, name), 'utf8') }));
});

interface Edit {
  /** Where the edit starts, as a fraction of the text length. */
  at: number;
  /** How many characters it removes (clamped to the text). */
  remove: number;
  insert: string;
}

function applyEdit(text: string, edit: Edit): string {
  const start = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const end = Math.min(text.length, start + edit.remove);
  return text.slice(0, start) + edit.insert + text.slice(end);
}

/** Pieces that change how Markdown parses or what the rules see. */
const FRAGMENTS = ['\n', '\n\n', '#', '# ', '|', ' | ', '```', '\n```\n', '[^x]', '[^x]: note', '<!--', '-->', '<!-- factlint-disable -->', '7', '42', '3.5', '%', ' ', 'a', 'CAGR', '- ', '1. ', '> ', '    ', '$', '<sup>1</sup>', '[a]: http://x', '---', '==='];

const insertArb = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 4 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\n', '#', '|', '`', '[', '^', 'x', ']', '<', '!', '-', '>', '1', '9', '%', ' ', '.', '$', '*', 'a'), maxLength: 8 }) },
);

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 200 })),
  insert: insertArb,
});

/** Checks `edited` incrementally from `previous` and compares with a fresh full check. */
function assertIncrementalMatches(previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  const fresh = engine.check(edited);
  assert.equal(incremental.totalBlocks, fresh.totalBlocks, `${label}: block count`);
  assert.deepEqual(incremental.diagnostics, fresh.diagnostics, `${label}: diagnostics`);
  assert.deepEqual(incremental.coverage, fresh.coverage, `${label}: coverage`);
  // Links of moved segments are reused and shifted: where they point must be where a fresh check points.
  const links = (r: CheckResult) => r.state.links().links.map((l) => [l.token.start, l.segment.start, l.entity, l.metric, l.status, l.year, l.period, l.partner, ...l.evidence.flatMap((e) => [e.start, e.end])]);
  assert.deepEqual(links(incremental), links(fresh), `${label}: links`);
  // Rank claims of moved segments are reused and shifted too.
  const ranks = (r: CheckResult) => rankClaims(r.state.doc, engine.dataset).map((c) => [c.token.start, c.token.end, c.segment.start, c.ranking.id, c.entity, c.year, c.latest, c.span?.start, c.period?.start, c.period?.end, c.method, c.top?.n]);
  assert.deepEqual(ranks(incremental), ranks(fresh), `${label}: rank claims`);
  return incremental;
}

describe('incremental check', () => {
  it('re-parses only the edited blocks for a one-word edit in the middle of the outlook', async () => {
    const engine = createEngine({ dataset: await loadDefaultDataset(), parseAll: true });
    const first = engine.check(outlook);
    assert.equal(first.parsedBlocks, first.totalBlocks, 'with parseAll, a first check parses every block');
    const middle = outlook.indexOf(' cluster ', Math.floor(outlook.length / 2));
    assert.ok(middle > 0);
    const edited = outlook.slice(0, middle) + ' metropolitan' + outlook.slice(middle);
    const second = engine.check(edited, { previous: first });
    assert.ok(second.parsedBlocks > 0, 'the edited block is parsed');
    assert.ok(second.parsedBlocks < second.totalBlocks, `parsed ${second.parsedBlocks} of ${second.totalBlocks} blocks`);
    assert.ok(second.parsedBlocks <= 5, `a one-word edit parses a small window, not ${second.parsedBlocks} blocks`);
    const fresh = engine.check(edited);
    assert.deepEqual(second.diagnostics, fresh.diagnostics);
    assert.deepEqual(second.coverage, fresh.coverage);
    assert.equal(second.text, edited);
  });

  it('does not parse prose no rule reads, and re-parses a bibliography given a link alone', () => {
    const first = engine.check(outlook);
    assert.ok(first.parsedBlocks > 0 && first.parsedBlocks < first.totalBlocks, `parsed ${first.parsedBlocks} of ${first.totalBlocks}`);
    const prose = outlook.indexOf('Publicly supported platforms, with TIB');
    assert.ok(prose > 0);
    const proseEdit = engine.check(outlook.slice(0, prose) + 'Today, ' + outlook.slice(prose), { previous: first });
    assert.equal(proseEdit.parsedBlocks, 0, 'an edit of a paragraph without numbers parses nothing');
    // The bibliography is read without a parse; an entry given an inline link needs one: that list alone is parsed.
    const entry = outlook.indexOf('Tsukuba Science City: Japan Tries Planned Innovation');
    assert.ok(entry > 0);
    const plainEdit = engine.check(outlook.slice(0, entry) + 'Review: ' + outlook.slice(entry), { previous: first });
    assert.equal(plainEdit.parsedBlocks, 0, 'an edited entry without links parses nothing');
    const numberEdit = engine.check(outlook.slice(0, entry) + '[Review](https://example.org/review): ' + outlook.slice(entry), { previous: first });
    assert.ok(numberEdit.parsedBlocks >= 1 && numberEdit.parsedBlocks <= 3, `parsed ${numberEdit.parsedBlocks}`);
    assert.deepEqual(numberEdit.diagnostics, engine.check(numberEdit.text).diagnostics);
  });

  it('reuses everything when the text is unchanged', () => {
    const first = engine.check(outlook);
    const again = engine.check(outlook, { previous: first });
    assert.equal(again.parsedBlocks, 0);
    assert.deepEqual(again.diagnostics, first.diagnostics);
  });

  it('keeps diagnostics after the edit at their shifted offsets', () => {
    const first = engine.check(outlook);
    assert.ok(first.diagnostics.length > 0, 'the outlook has findings');
    const edited = 'Preface.\n\n' + outlook;
    const fresh = engine.check(edited);
    assertIncrementalMatches(first, edited, 'prepended paragraph');
    assert.deepEqual(
      fresh.diagnostics.map((d) => d.range.start),
      first.diagnostics.map((d) => d.range.start + 'Preface.\n\n'.length),
    );
  });

  it('takes over the analysed segments that sit where they sat, and reads the moved ones afresh', () => {
    const first = engine.check(outlook);
    const middle = outlook.indexOf(' cluster ', Math.floor(outlook.length / 2));
    assert.ok(middle > 0);
    const edited = outlook.slice(0, middle) + 'x' + outlook.slice(middle);
    const second = assertIncrementalMatches(first, edited, 'one character in the middle');
    const before = first.state.doc.segments;
    const after = second.state.doc.segments;
    assert.equal(after.length, before.length);
    const reused = after.filter((s, i) => s === before[i]);
    assert.ok(reused.length > 0, 'the segments above the edit are taken over');
    assert.ok(reused.every((s) => s.end < middle), 'no segment at or after the edit is taken over');
    assert.ok(after.some((s, i) => s.start > middle && s !== before[i]), 'the moved segments are placed afresh');
    // A heading inserted above moves every section: segments below it are not taken over, and the check stays exact.
    const heading = outlook.indexOf('\n## ', Math.floor(outlook.length / 3));
    assert.ok(heading > 0);
    const sectioned = edited.slice(0, heading) + '\n\n### Aside\n' + edited.slice(heading);
    const third = assertIncrementalMatches(second, sectioned, 'a heading inserted above');
    assert.ok(third.state.doc.segments.every((s, i) => s.start < heading || s !== after[i]));
  });

  it('checks rank words and "top N" like a fresh check after edits that add, change and remove them', () => {
    const base = 'The 2025 GII ranked Tokyo–Yokohama first.\n\nSeoul was among the top five clusters in the 2025 GII.\n\nShenzhen–Hong Kong–Guangzhou was the runner-up in the 2025 GII.\n';
    let previous = engine.check(base);
    for (const edited of [
      base.replace('top five', 'top three'),
      base.replace('top five', 'top three').replace('runner-up', 'number three'),
      base.replace('runner-up', 'leader'),
      'Intro.\n\n' + base,
    ]) {
      previous = assertIncrementalMatches(previous, edited, edited.slice(0, 40));
    }
  });

  it('reads rank claims of moved paragraphs like a fresh check when what they read above them changes', () => {
    const base = [
      'Intro without numbers.',
      '## The 2025 GII',
      'Tokyo–Yokohama ranked first in 2025.',
      'Seoul came fifth. It was fourth in 2024.',
      'Shenzhen–Hong Kong–Guangzhou ranked second.',
      '**Table 1.** GII cluster ranks\n\n| Cluster | 2025 |\n| --- | ---: |\n| Tokyo–Yokohama | 1 |\n| Seoul | 4 |',
    ].join('\n\n');
    let previous = engine.check(base);
    assert.ok(rankClaims(previous.state.doc, engine.dataset).length >= 4, 'the base text holds rank claims');
    // The ranking named in the paragraph before, and named once earlier in the document (before another section).
    // Both far enough from the claims for the text around them not to show the name.
    const far = ' This paragraph goes on for a while, so that what it names sits far from what follows it.';
    const named = `The 2025 GII is out.${far}\n\nTokyo–Yokohama ranked first.${far}\n\n## Part two\n\nSeoul ranked fifth.\n`;
    const unnamed = named.replace('The 2025 GII is out.', 'The report is out.');
    const claims = (text: string) => rankClaims(engine.check(text).state.doc, engine.dataset).length;
    assert.equal(claims(named), 2);
    assert.equal(claims(unnamed), 0);
    assertIncrementalMatches(assertIncrementalMatches(engine.check(named), unnamed, 'ranking unnamed'), named, 'ranking named again');
    // The ranking named only in the paragraph before ("was first" does not send the reading further up).
    const before = `The 2025 GII is out.${far}\n\n## Section\n\nClusters are covered in depth by the 2025 GII.${far}\n\nTokyo–Yokohama was first.\n`;
    const notBefore = before.replace('by the 2025 GII', 'by the report');
    assert.equal(claims(before), 1);
    assert.equal(claims(notBefore), 0);
    assertIncrementalMatches(assertIncrementalMatches(engine.check(before), notBefore, 'ranking unnamed before'), before, 'ranking named before again');
    for (const edited of [
      base.replace('Intro', 'An intro'),
      base.replace('## The 2025 GII', '## The clusters'),
      base.replace('Seoul came fifth.', 'Seoul and Tokyo–Yokohama came fifth.'),
      base.replace('**Table 1.** GII cluster ranks', '**Table 1.** Cluster scores'),
      base.replace('Tokyo–Yokohama ranked first in 2025.', 'Tokyo–Yokohama ranked first in the 2025 GII.\n\n## Other'),
      base,
    ]) {
      previous = assertIncrementalMatches(previous, edited, edited.slice(0, 60));
    }
  });

  // Counterexamples the property test found (shrunk), kept as fixed cases.
  const paragraphs = 'Para one has 5 items.\n\nPara two grew 12% to 7.\n\nPara three has 9 things.\n\nPara four has 11.\n';
  const openers: Array<[string, string]> = [
    ['a fence line with an info string inside an open fence', '```\n```x\n'],
    ['a longer fence that a shorter one does not close', '````\n```\n'],
    ['a tilde fence that backticks do not close', '~~~\n```\n'],
    ['a <pre> HTML block, which a blank line does not end', '<pre>\n'],
    ['a <script> HTML block', '<script>\n'],
    ['a <? processing instruction', '<?php\n'],
    ['a CDATA section', '<![CDATA[\n'],
    ['an unclosed comment', '<!--\n'],
  ];
  for (const [label, opener] of openers) {
    it(`sees ${label} swallow the following blocks`, () => {
      const first = engine.check(paragraphs);
      assert.ok(first.coverage.claims >= 4);
      const result = assertIncrementalMatches(first, opener + paragraphs, label);
      assert.equal(result.coverage.claims, 0, 'every number is inside the unclosed construct');
    });
  }

  it('sees a link reference definition nested in a block quote or list item', () => {
    for (const container of ['> ', '- ']) {
      const text = `${container}[12]: https://example.com\n\nIntro paragraph has 3.\n\nSee [x][12] and more.\n\nAnother paragraph.\n\nLast paragraph.\n`;
      const edited = text.replace('and more', 'and much more');
      const result = assertIncrementalMatches(engine.check(text), edited, `definition after "${container}"`);
      assert.equal(result.coverage.claims, 1, 'the [12] of a resolved reference is not a claim');
      // Adding the definition in an edit, far from its use, must be seen too.
      const without = text.replace(`${container}[12]: https://example.com`, `${container}Nothing here.`);
      assertIncrementalMatches(engine.check(without), text, `definition added after "${container}"`);
    }
  });

  it('property: a random edit of a draft or the outlook checks like a fresh full check', () => {
    const documents = () => [...drafts.map((d) => d.text), outlook];
    fc.assert(
      fc.property(fc.nat(), editArb, (which, edit) => {
        const docs = documents();
        const text = docs[which % docs.length]!;
        const first = engine.check(text);
        assertIncrementalMatches(first, applyEdit(text, edit), 'single edit');
      }),
      { numRuns: 300 },
    );
  });

  it('property: three chained edits, each checked from the previous result, check like a fresh full check', () => {
    const documents = () => [...drafts.map((d) => d.text), outlook];
    fc.assert(
      fc.property(fc.nat(), fc.array(editArb, { minLength: 3, maxLength: 3 }), (which, edits) => {
        const docs = documents();
        let text = docs[which % docs.length]!;
        let result = engine.check(text);
        edits.forEach((edit, i) => {
          text = applyEdit(text, edit);
          result = assertIncrementalMatches(result, text, `edit ${i + 1} of 3`);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('reads "```|```" as a paragraph, not a fence, so a fence opened on the next line swallows the rest', () => {
    // Found by the chained-edit property (seed 1450362597): a backtick fence's info string may hold no backtick.
    const first = engine.check(drafts[0]!.text);
    const fenced = '```\n```\n\n' + drafts[0]!.text.slice(1);
    const second = assertIncrementalMatches(first, fenced, 'an empty fence at the top');
    assertIncrementalMatches(second, '```|' + fenced, 'a paragraph of backticks above it');
  });

  it('counts a footnote call the same whether its definition was parsed in the same window or not', () => {
    // Found by the chained-edit property: "|[^x]: note" before a definition of x, checked incrementally.
    const first = engine.check('\n\n[^x]: note' + outlook);
    const edited = '|[^x]: note' + first.text;
    assertIncrementalMatches(first, edited, 'call before its definition');
    assert.ok(!engine.check(edited).diagnostics.some((d) => d.ruleId === 'footnote-unused' && d.stated === '[^x]'), 'the call uses the definition');
  });

  it('throws CheckCancelledError for a cancelled check', () => {
    assert.throws(() => engine.check(outlook, { cancellation: { isCancellationRequested: true } }), CheckCancelledError);
    const first = engine.check(outlook);
    assert.throws(() => engine.check(outlook + '\nMore.\n', { previous: first, cancellation: { isCancellationRequested: true } }), (e: unknown) => e instanceof CheckCancelledError && e.name === 'CheckCancelledError');
    assert.doesNotThrow(() => engine.check(outlook, { cancellation: { isCancellationRequested: false } }));
  });
});
