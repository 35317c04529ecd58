// perf-key58: gaps in points between two parallel figures ("Kelderwick spent 3.44% … Morrow spent 3.64%, a gap of 0.2
// percentage points": parallel-gaps.ts) are kept across versions (acrossVersionsEach): after an edit only the scope and
// the paragraphs that gave gaps before are read, the gaps before the scope are the previous version's own objects. A
// gap reads the paragraph before it in its section too ("Kelderwick spends 3.44 per cent." then "Morrow spends 3.64.
// That puts it 0.9 percentage points ahead."): a check handed the previous result must give what a fresh full check
// gives when that paragraph is edited, joined, split, or moved under another heading, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, editFillersInTurn, nthIndex, replaceAt, sameWithReadings } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { parallelGaps } from '../../server/dist/engine/context/parallel-gaps.js';

const dataset = datasetOf({
  'fleet.json': {
    sources: [{ id: 'fleet-log', title: 'Made-up Fleet Log 2024', publisher: 'Made-up Survey Office', year: 2024 }],
    entities: [
      { id: 'kel', name: 'Kelderwick Survey', aliases: ['Kelderwick'], kind: 'organisation', country: 'Norway' },
      { id: 'mor', name: 'Morrow Survey', aliases: ['Morrow'], kind: 'organisation', country: 'Norway' },
    ],
    metrics: [{ id: 'boats', label: 'Survey boats', unit: 'count', phrases: ['survey boats'] }],
    observations: [{ entity: 'kel', metric: 'boats', year: 2024, value: 48, source: 'fleet-log' }],
  },
});

const FILLER = 'The season opened late, and the harbour stayed busy until the first storms of the autumn came in.';

/** Sections with a gap in its own paragraph and one after the paragraph before (right in odd sections, wrong in even). */
function draft(sections: number): string {
  const parts = ['# Fleet notes 2024', '', 'A yearly note on the boats of the survey.', ''];
  for (let i = 0; i < sections; i++) {
    const right = i % 2 === 1;
    parts.push(
      `## Season ${i + 1}`,
      '',
      FILLER,
      '',
      // 3.64 − 3.44 is 0.2 points.
      `Kelderwick spent 3.44% of its budget on fuel. Morrow spent 3.64%, a gap of ${right ? '0.2' : '0.3'} percentage points.`,
      '',
      // The two figures in the paragraph before the gap: 4.15 − 3.25 is 0.9 points.
      'Kelderwick spends 3.25 per cent on repairs.',
      '',
      `Morrow spends 4.15. That puts it ${right ? '0.9' : '1.1'} percentage points ahead.`,
      '',
      FILLER,
      '',
    );
  }
  return parts.join('\n');
}


type Gap = ReturnType<typeof parallelGaps>[number];
const described = (gaps: readonly Gap[]) => gaps.map((g) => JSON.stringify(g));

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

/** assertSame, and the version's gaps those of a fresh check. */
const sameGaps = sameWithReadings((result) => described(parallelGaps(result.state.doc)), 'the gaps');

describe('gaps between parallel figures kept across versions (perf-key58)', () => {
  it('reads both gaps of each section, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    assert.equal(parallelGaps(result.state.doc).length, 8);
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const findings = result.diagnostics.filter((d) => d.ruleId === 'percent-change').map((d) => lineOf(d.range.start));
    assert.equal(findings.filter((l) => l.includes('a gap of 0.3')).length, 2);
    assert.equal(findings.filter((l) => l.includes('1.1 percentage points ahead')).length, 2, 'a gap after the paragraph before is read');
  });

  it('keeps the gaps before the edit as the previous version’s objects, and gives a fresh check’s gaps after chained edits', () => {
    const text = draft(10);
    const first = engine.check(text);
    const gaps0 = parallelGaps(first.state.doc);
    const edited = replaceAt(text, text.indexOf(FILLER, Math.floor(text.length * 0.7)) + 10, 0, 'x');
    const next = sameGaps(engine, first, edited, 'one letter typed');
    const scope = versionScope(next.state.doc)!;
    const gaps = parallelGaps(next.state.doc);
    const leading = gaps.filter((g) => g.stated.start < next.state.doc.segments[scope.from]!.start);
    assert.ok(leading.length >= 12, `${leading.length} gaps before the scope`);
    for (const g of leading) assert.ok(gaps0.includes(g), 'a gap before the scope is the previous version’s object');
    const after = gaps.filter((g) => g.stated.start > next.state.doc.segments[scope.to]!.end);
    assert.ok(after.length > 0, 'gaps after the scope');
    for (const g of after) {
      assert.ok(!gaps0.includes(g), 'a gap after the edit is moved, a new object');
      const figure = (span: { start: number; end: number }) => Number.parseFloat(edited.slice(span.start, span.end));
      assert.ok(figure(g.subject) === g.subject.value && figure(g.base) === g.base.value && figure(g.stated) === (g.stated as { value: number }).value, 'at this version’s offsets');
    }
    editFillersInTurn(engine, next, edited, FILLER, '12% ', sameGaps);
  });

  it('reads a gap again when it or the paragraph before it is edited, joined, split or put under another heading', () => {
    assertEditsInTurn(
      engine,
      draft(6),
      [
        (t) => replaceAt(t, nthIndex(t, 'a gap of 0.3', 0), 'a gap of 0.3'.length, 'a gap of 0.2'),
        // The paragraph before the gap: its figure, then a second figure in it (no gap read), then back.
        (t) => replaceAt(t, nthIndex(t, 'spends 3.25 per cent', 3), 'spends 3.25'.length, 'spends 3.05'),
        (t) => replaceAt(t, nthIndex(t, 'per cent on repairs.', 1), 'per cent on repairs.'.length, 'per cent on repairs, 12% more.'),
        (t) => replaceAt(t, nthIndex(t, 'per cent on repairs, 12% more.', 0), 'per cent on repairs, 12% more.'.length, 'per cent on repairs.'),
        // The verb before a figure ("spends" in both, else no gap).
        (t) => replaceAt(t, nthIndex(t, 'Kelderwick spends', 2), 'Kelderwick spends'.length, 'Kelderwick pays'),
        (t) => replaceAt(t, nthIndex(t, 'Kelderwick pays', 0), 'Kelderwick pays'.length, 'Kelderwick spends'),
        // The two paragraphs joined, then split again; a heading put between them, then taken out.
        (t) => replaceAt(t, nthIndex(t, 'repairs.\n\nMorrow spends', 4), 'repairs.\n\n'.length, 'repairs. '),
        (t) => replaceAt(t, nthIndex(t, 'repairs. Morrow spends', 0), 'repairs. '.length, 'repairs.\n\n'),
        (t) => replaceAt(t, nthIndex(t, 'repairs.\n\nMorrow spends', 1), 'repairs.\n\n'.length, 'repairs.\n\n## Costs\n\n'),
        (t) => replaceAt(t, nthIndex(t, '## Costs\n\n', 0), '## Costs\n\n'.length, ''),
        // A heading unmade and made (the gap paragraph's section changes).
        (t) => replaceAt(t, nthIndex(t, '## Season 3', 0), '## '.length, ''),
        (t) => replaceAt(t, nthIndex(t, 'Season 3', 0), 0, '## '),
        (t) => replaceAt(t, nthIndex(t, FILLER, 7), FILLER.length, 'Kelderwick spent 2.1% on crews. Morrow spent 2.6%, a gap of 0.4 percentage points.'),
      ],
      sameGaps,
    );
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(5), ['x', ' ', '', '1', '%', '.', ' percentage points ahead.', 'Kelderwick spends 2.5 per cent. ', '\n\n', '\n\n## Season\n\n', ' a gap of 0.5 points'], 40, sameGaps);
  });
});
