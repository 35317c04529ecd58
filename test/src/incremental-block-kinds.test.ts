// Keystrokes in every kind of block, and edits that move claims to another section (perf-key19): a check handed the
// previous result must give what a fresh full check gives (diagnostics with their fixes and suggestions, coverage,
// verified claims, line starts) after edits inside a paragraph, a table cell, a heading, a footnote definition and a
// list item of the outlook sample, and after edits that make a paragraph a heading, a heading a paragraph, change a
// heading's depth or open a new section in the middle of one. The groundwork for findings kept per section: whatever
// is given again outside an edit's scope must survive these.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, loadDataset, type CheckResult, type Engine } from 'factlint';
import { assertSame, replaceAt } from './across-versions-harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const outlook = readFileSync(path.join(ROOT, 'samples/outlook-issue-7.md'), 'utf8');

type Segment = CheckResult['state']['doc']['segments'][number];

/** The kinds of block a keystroke may land in, each told by the segments it holds. */
const KINDS: Record<string, (s: Segment) => boolean> = {
  paragraph: (s) => s.kind === 'paragraph' && !s.listItem && s.footnote === undefined,
  'table cell': (s) => s.kind === 'cell',
  heading: (s) => s.kind === 'heading',
  'footnote definition': (s) => s.footnote !== undefined,
  'list item': (s) => s.listItem !== undefined,
};

/** What is typed: letters, digits, a figure, a percent sign, punctuation, a year, or one character deleted (''). */
const PIECES = ['x', '', '7', ' 12', '%', ',', '.', ' 2019', 'three ', ''];

let engine: Engine;
before(() => {
  const dir = path.join(ROOT, 'samples/dataset');
  const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') }));
  engine = createEngine({ dataset: loadDataset(inputs).dataset });
});

/** The offsets inside segments of one kind in a checked text (the segment's ends included). */
function offsetsOf(result: CheckResult, kind: (s: Segment) => boolean): Array<[number, number]> {
  return result.state.doc.segments.filter(kind).map((s) => [s.start, s.end]);
}

describe('keystrokes in every kind of block (perf-key19)', () => {
  it('finds each kind of block in the outlook sample, with findings and verified claims to compare', () => {
    const result = engine.check(outlook);
    for (const [name, kind] of Object.entries(KINDS)) assert.ok(offsetsOf(result, kind).length > 0, `a ${name} in the sample`);
    assert.ok(result.diagnostics.length > 0 && result.state.verified.length > 0);
    assert.ok(result.diagnostics.some((d) => d.fix), 'a finding with a fix');
  });

  for (const [name, kind] of Object.entries(KINDS)) {
    it(`gives the same results as a full check after keystrokes inside a ${name}`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 3 }), (edits) => {
          let text = outlook;
          let result = engine.check(text);
          edits.forEach(([which, where, by], i) => {
            const spans = offsetsOf(result, kind);
            // An earlier edit may have turned the last block of this kind into another: then nothing more is typed.
            if (spans.length === 0) return;
            const [start, end] = spans[Math.floor(which * spans.length)]!;
            const at = Math.min(start + Math.floor(where * (end - start + 1)), text.length - 1);
            text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
            result = assertSame(engine, result, text, `${name}, edit ${i + 1}: ${JSON.stringify(by)} at ${at}`);
          });
        }),
        { numRuns: 8 },
      );
    });
  }
});

describe('edits that move claims to another section (perf-key19)', () => {
  /** The start of the line that holds `offset`. */
  const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

  /** Edits at one segment of the kind picked: each changes which heading or section the claims after it belong to. */
  const SECTION_EDITS: Array<[string, (s: Segment) => boolean, (text: string, s: Segment) => string]> = [
    ['a paragraph made a heading', KINDS.paragraph!, (t, s) => replaceAt(t, lineStart(t, s.start), 0, '## ')],
    ['a paragraph made a deep heading', KINDS.paragraph!, (t, s) => replaceAt(t, lineStart(t, s.start), 0, '#### ')],
    ['a heading made a paragraph', KINDS.heading!, (t, s) => replaceAt(t, lineStart(t, s.start), /^#{1,6}[ \t]+/.exec(t.slice(lineStart(t, s.start)))![0].length, '')],
    ['a heading one level deeper', KINDS.heading!, (t, s) => replaceAt(t, lineStart(t, s.start), 0, '#')],
    ['a heading one level higher', (s) => s.kind === 'heading' && (s.depth ?? 1) > 1, (t, s) => replaceAt(t, lineStart(t, s.start), 1, '')],
    ['a new section opened inside a paragraph', KINDS.paragraph!, (t, s) => replaceAt(t, s.start + Math.floor((s.end - s.start) / 2), 0, '\n\n### Aside 2024\n\n')],
    ['a heading written into a list item', KINDS['list item']!, (t, s) => replaceAt(t, s.end, 0, '\n\n## Later, in 2025\n\n')],
  ];

  for (const [name, pick, edit] of SECTION_EDITS) {
    it(`gives the same results as a full check after ${name}, and after undoing it`, () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (which) => {
          const first = engine.check(outlook);
          const segments = first.state.doc.segments.filter(pick);
          const segment = segments[Math.floor(which * segments.length)]!;
          const edited = edit(outlook, segment);
          assert.notEqual(edited, outlook);
          const next = assertSame(engine, first, edited, name);
          assertSame(engine, next, outlook, `${name}, undone`);
        }),
        { numRuns: 4 },
      );
    });
  }
});
