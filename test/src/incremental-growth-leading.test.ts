// perf-key60: the growth statements' walk (growth.ts readDocument) no longer visits every segment before an edit's
// scope: the segments there (the previous version's own objects) give their kept reads again, and only the table cells
// (read afresh in every version: tableStatements completes their statements in place) and the segments that gave
// statements or carry one are visited, in document order, from a list each version keeps. The statements, in their
// order, must be a fresh check's; those of paragraphs and headings before the scope the previous version's objects,
// those of cells new objects; after chained edits, edits of a table, a list and the paragraph a statement carries into,
// and random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type CheckResult, type Engine } from 'factlint';
import { ferryDataset, FERRY_FILLER } from './ferry-lines.js';
import { assertEditsInTurn, assertKeystrokes, nthIndex, replaceAt, sameWithReadings } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { growthStatements, type GrowthStatement } from '../../server/dist/engine/context/growth.js';

const dataset = ferryDataset;
const FILLER = FERRY_FILLER;

/** Sections with statements in paragraphs, a heading, a list and a table, and fillers between that give none. */
function draft(sections: number): string {
  const parts = ['# Ferry lines: a decade in figures', '', 'This note covers the made-up lines of the harbour.', ''];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Line ${i + 1} (2015–2024)`,
      '',
      FILLER,
      '',
      `The line's crossings rose from 200 in 2015 to 300 in 2024.`,
      '',
      `That is an increase of ${i % 2 ? '60' : '50'}%, or 4.6% a year compounded.`,
      '',
      FILLER,
      '',
      `### Route ${i + 1}: from 21 to 63`,
      '',
      `In percentage terms that is +${i % 2 ? '200' : '210'}%.`,
      '',
      `- The fleet went from 412 berths in 2015 to 726 in 2025,`,
      `- an increase of ${i % 2 ? '76.2' : '86.2'}%,`,
      '- and most of it came late.',
      '',
      FILLER,
      '',
      '| Route | 2015 → 2024 | Change |',
      '|---|---|---|',
      `| North | 40 → 50 | +${i % 2 ? '25' : '20'}% |`,
      `| South | 80 → 100 | +${i % 3 ? '25' : '30'}% |`,
      '',
      // A cell that states its own change (read by the walk, not by tableStatements).
      '| Note |',
      '|---|',
      `| crossings rose from 80 in 2015 to 100 in 2024 (+${i % 2 ? '25' : '30'}%) |`,
      '',
      FILLER,
      '',
    );
  }
  return parts.join('\n');
}

const span = (t: { start: number; end: number } | undefined) => (t ? `${t.start}-${t.end}` : null);
/** A statement as what it reads, at which offsets (no segment objects). */
function described(g: GrowthStatement): string {
  return JSON.stringify({
    segment: g.segment.index,
    sentence: span(g.sentence),
    initial: span(g.initial),
    final: span(g.final),
    years: g.years ? { ...g.years, spans: g.years.spans.map(span) } : null,
    initialYear: span(g.initialYear),
    finalYear: span(g.finalYear),
    cagr: g.cagr.map(span),
    change: g.change.map(span),
    points: g.points.map(span),
    absolute: g.absolute.map(span),
    multiples: g.multiples.map(span),
    conventional: [...g.conventionalRates].map(span),
    declines: [...g.declines].map(span),
    later: g.laterFigures ? [...g.laterFigures].map(span) : null,
    rest: [g.combined, g.periods ?? null, span(g.chainStart), g.acrossSentences ?? null, g.alternatives ?? null, g.duration ? { ...g.duration, span: span(g.duration.span) } : null],
  });
}

const statementsOf = (result: CheckResult) => growthStatements(result.state.doc).map(described);
const sameStatements = sameWithReadings(statementsOf, 'the growth statements, in order');

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

describe('growth statements before an edit taken over without a walk of every segment (perf-key60)', () => {
  it('reads statements in paragraphs, a heading, a list and table cells of every section', () => {
    const result = engine.check(draft(3));
    const kinds = new Set(growthStatements(result.state.doc).map((g) => g.segment.kind));
    assert.deepEqual([...kinds].sort(), ['cell', 'heading', 'paragraph']);
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'percent-change' && result.text.slice(d.range.start, d.range.end) === '+20%'), 'a table cell’s change is judged');
    assert.ok(growthStatements(result.state.doc).some((g) => g.segment.kind === 'cell' && g.segment.text.startsWith('crossings rose')), 'a cell’s own statement');
  });

  it('gives the statements before the scope again (cells read afresh), in a fresh check’s order, after chained keystrokes near the end', () => {
    let text = draft(10);
    let result = engine.check(text);
    const filler = text.indexOf(FILLER, Math.floor(text.length * 0.93));
    for (const [k, by] of [[0, 'x'], [1, 'y'], [2, '']] as const) {
      const previous = result;
      const at = filler + 7 + k;
      text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
      result = sameStatements(engine, previous, text, `keystroke ${k + 1}`);
      const doc = result.state.doc;
      const scope = versionScope(doc)!;
      const before = new Set(growthStatements(previous.state.doc));
      const leading = growthStatements(doc).filter((g) => g.segment.index < scope.from);
      const cells = leading.filter((g) => g.segment.kind === 'cell');
      const prose = leading.filter((g) => g.segment.kind !== 'cell');
      assert.ok(cells.length >= 18 && prose.length >= 27, `${cells.length} cell and ${prose.length} other statements before the scope`);
      for (const g of prose) assert.ok(before.has(g), 'a paragraph’s or heading’s statement before the scope is the previous version’s object');
      for (const g of cells) assert.ok(!before.has(g), 'a cell’s statement is read afresh');
    }
  });

  it('reads a fresh check’s statements after edits of a table, a list, a heading and the paragraph a statement carries into', () => {
    assertEditsInTurn(
      engine,
      draft(6),
      [
        (t) => replaceAt(t, nthIndex(t, FILLER, 20), 0, 'x'),
        (t) => replaceAt(t, nthIndex(t, '| North | 40 → 50 |', 4), '| North | 40 → 50 |'.length, '| North | 40 → 51 |'),
        (t) => replaceAt(t, nthIndex(t, FILLER, 21), 0, 'y'),
        (t) => replaceAt(t, nthIndex(t, '- an increase of', 3), '- an increase of'.length, '- a rise of'),
        (t) => replaceAt(t, nthIndex(t, 'That is an increase', 4), 'That is'.length, 'It was'),
        (t) => replaceAt(t, nthIndex(t, '### Route 5: from 21 to 63', 0), '### Route 5: from 21 to 63'.length, '### Route 5: from 21 to 64'),
        (t) => replaceAt(t, nthIndex(t, FILLER, 22), 0, 'z'),
        // A table and a list made and unmade right before the last section.
        (t) => replaceAt(t, nthIndex(t, '## Line 6', 0), 0, '| A | B |\n|---|---|\n| from 10 in 2015 to 20 in 2024 | +100% |\n\n- from 5 in 2015 to 6 in 2024,\n- up 20%,\n\n'),
        (t) => replaceAt(t, nthIndex(t, FILLER, 23), 0, 'w'),
        (t) => replaceAt(t, nthIndex(t, '| A | B |', 0), '| A | B |\n|---|---|\n| from 10 in 2015 to 20 in 2024 | +100% |\n\n'.length, ''),
      ],
      sameStatements,
    );
  });

  it('gives the same statements and findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(4), ['x', ' ', '', '5', '\n\n', '| 1 → 2 | +100% |\n', '- ', 'That is ', ' to 40', '\n\n## Line\n\n'], 40, sameStatements);
  });
});
