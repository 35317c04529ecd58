// Readings given again across versions outside an edit's scope (perf-key13): changes against a named base year and
// multiples of a base year's value (change-base-years.ts), changes of two subjects in one sentence
// (change-clause-changes.ts), shares whose part is a word (share-spelled-parts.ts), numeric citations (bibliography.ts),
// the rank-claim reading's test of a segment's source text for words of placing (carried-rank-claims.ts), and tables
// read as data and their rank columns, kept by their cells' analyses (tables.ts, rank-tables.ts). A check handed the
// previous result must give what a fresh full check gives, after edits to each such sentence, to the paragraph a
// pronoun refers back to, to a table's cells, caption and heading, to the bibliography, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { movedWithSegment, versionScope } from '../../server/dist/engine/across-versions.js';

// A made-up domain: ferry piers, the passengers they saw, and a made-up league of piers.
const passengers: Record<string, Record<number, number>> = { gul: { 2016: 3200, 2024: 4160 }, mar: { 2016: 2500, 2024: 2300 } };
const dataset = datasetOf({
  'piers.json': {
    sources: [{ id: 'pier-log', title: 'Made-up Pier Log 2024', publisher: 'Made-up Harbour Trust', year: 2024 }],
    entities: [
      { id: 'gul', name: 'Gullhaven Pier', aliases: ['Gullhaven'], kind: 'organisation', country: 'Norway' },
      { id: 'mar', name: 'Marrowby Pier', aliases: ['Marrowby'], kind: 'organisation', country: 'Norway' },
    ],
    metrics: [{ id: 'passengers', label: 'Passengers', unit: 'count', phrases: ['passengers'] }],
    rankings: [{ id: 'pier-league', label: 'Pier League', phrases: ['Pier League'], editions: [{ year: 2024, method: 'standard', source: 'pier-log', ranks: [{ entity: 'gul', rank: 2 }, { entity: 'mar', rank: 4 }] }] }],
    observations: Object.entries(passengers).flatMap(([entity, byYear]) => Object.entries(byYear).map(([year, value]) => ({ entity, metric: 'passengers', year: Number(year), value, source: 'pier-log' }))),
  },
});

const FILLER = 'The boats ran every half hour in summer, and the last crossing of the day left just after nine.';

/** Sections with each reading's sentence (some right, some wrong), fillers between them, and a bibliography at the end. */
function draft(sections: number): string {
  const parts = ['# Harbour notes 2024', '', 'A yearly note on the piers of the bay.', ''];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Pier year ${i + 1}`,
      '',
      FILLER,
      '',
      // Against a named base year: 3,200 → 4,160 is +30%.
      `Gullhaven Pier saw 4,160 passengers in 2024 (+${i % 2 ? '30' : '34'}% vs 2016), as the log records<sup>${(i % 3) + 1}</sup>.`,
      '',
      // A pronoun's subject named in the paragraph before.
      'Gullhaven Pier is the larger of the two.',
      '',
      `Its passengers were up ${i % 2 ? '30' : '31'}% on 2016, at 4,160 in 2024 [${(i % 4) + 1}].`,
      '',
      // A multiple of a base year's value: 3,200 → 4,160 is no tripling.
      `Marrowby Pier saw 2,300 passengers in 2024, ${i % 2 ? 'nearly' : 'more than'} three times its 2016 output.`,
      '',
      // Two subjects' changes in one sentence: 3,200 → 4,160 is +30%, 2,500 → 2,300 is −8%.
      `Passengers at Gullhaven Pier rose 30% between 2016 and 2024, while Marrowby's fell by ${i % 2 ? '8' : '10'}%.`,
      '',
      // A share whose part is a word: 5 of 25 is 20%.
      `Five of the 25 crossings, or ${i % 2 ? '20' : '22'} per cent, ran late.`,
      '',
      FILLER,
      '',
      `Gullhaven ranked ${i % 2 ? 'second' : 'third'} in the Pier League table in 2024.`,
      '',
      'Passengers and places per pier (Pier League ranks, 2024):',
      '',
      '| Pier | Rank | Passengers |',
      '|---|---|---|',
      `| Gullhaven | ${i % 2 ? '2' : '3'} | 4,160 |`,
      '| Marrowby | 4 | 2,300 |',
      '',
      // A table of shares with a total row, and the prose after it naming two of its rows (tables.ts, row groups).
      'Passengers by pier in 2024:',
      '',
      '| Pier | Passengers | Share |',
      '|---|---|---|',
      `| Gullhaven | 4,160 | ${i % 2 ? '64.4' : '66.0'}% |`,
      '| Marrowby | 2,300 | 35.6% |',
      '| Total | 6,460 | 100% |',
      '',
      `Gullhaven and Marrowby together saw ${i % 2 ? '6,460' : '6,500'} passengers.`,
      '',
    );
  }
  parts.push('## References', '', '1. Made-up Harbour Trust, Pier Log 2024.', '2. Made-up Harbour Trust, Timetables.', '3. Made-up Ferry Guild, Crossings.', '');
  return parts.join('\n');
}

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

describe('readings given again across versions (perf-key13)', () => {
  it('reads each kind of sentence in the draft, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    const rules = new Set(result.diagnostics.map((d) => d.ruleId));
    for (const rule of ['percent-change', 'share', 'total', 'rank', 'citation-undefined']) assert.ok(rules.has(rule), `a ${rule} finding among ${[...rules].join(', ')}`);
    // The base-year change, the pronoun's change and the multiple are read (each wrong in some sections).
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const lines = (needle: string) => result.diagnostics.filter((d) => lineOf(d.range.start).includes(needle));
    assert.ok(lines('vs 2016').length > 0, 'a change against a named base year is checked');
    assert.ok(lines('Its passengers').length > 0, 'a change whose subject is the paragraph before’s is checked');
    assert.ok(lines('crossings, or').length > 0, 'a share whose part is a word is checked');
    assert.ok(lines("while Marrowby's").length > 0, 'a second subject’s change in one sentence is checked');
  });

  it('gives the same findings as a full check after one letter typed far from every reading, and after undoing it', () => {
    const text = draft(10);
    const first = engine.check(text);
    const at = text.indexOf(FILLER, Math.floor(text.length / 2)) + 10;
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'one letter typed');
    const scope = versionScope(next.state.doc);
    assert.ok(scope && scope.from > 0 && scope.to < next.state.doc.segments.length - 1, 'a scope smaller than the document');
    assert.equal(next.diagnostics.length, first.diagnostics.length);
    assertSame(engine, next, text, 'the letter deleted');
  });

  it('reads each sentence again when it is edited, and what refers back to it', () => {
    const text = draft(6);
    const nth = (t: string, needle: string, n: number) => {
      let at = -1;
      for (let i = 0; i <= n; i++) at = t.indexOf(needle, at + 1);
      return at;
    };
    assertEditsInTurn(engine, text, [
      (t) => t.replace(/\(\+34% vs 2016\)/, '(+30% vs 2016)'),
      (t) => replaceAt(t, nth(t, 'Gullhaven Pier is the larger', 3), 'Gullhaven Pier'.length, 'Marrowby Pier'),
      (t) => replaceAt(t, nth(t, 'more than three times', 2), 'more than three'.length, 'more than one and a quarter'),
      (t) => replaceAt(t, nth(t, 'Five of the 25', 4), 'Five'.length, 'Six'),
      (t) => replaceAt(t, nth(t, "while Marrowby's", 3), "while Marrowby's".length, "while Gullhaven's"),
      (t) => replaceAt(t, nth(t, 'ranked third in the Pier League table', 0), 'ranked third in the Pier League table'.length, 'came third'),
      (t) => replaceAt(t, nth(t, '| Marrowby | 2,300 | 35.6% |', 2), '| Marrowby | 2,300 |'.length, '| Marrowby | 2,400 |'),
      (t) => replaceAt(t, nth(t, 'Passengers by pier in 2024:', 3), 'Passengers by pier in 2024:'.length, 'Passengers by pier in 2024 (Total passengers 2024: 6,500):'),
      (t) => replaceAt(t, nth(t, '## Pier year', 4), '## Pier year'.length, '## Pier year (total passengers: 7,000)'),
      (t) => replaceAt(t, nth(t, '| Total | 6,460 | 100% |', 1), '| Total |'.length, '| All piers |'),
      // Without a total row, the whole is the caption's: the caption edited alone changes the table's reading.
      (t) => replaceAt(t, nth(t, '| Total | 6,460 | 100% |', 0), '| Total | 6,460 | 100% |\n'.length, ''),
      (t) => replaceAt(t, nth(t, 'Passengers by pier in 2024:', 0), 'Passengers by pier in 2024:'.length, 'Passengers by pier in 2024 (Total passengers 2024: 6,500):'),
      // A caption that says the ranks were recomputed: the table's rank column holds no published rank.
      (t) => replaceAt(t, nth(t, '(Pier League ranks, 2024)', 2), '(Pier League ranks, 2024)'.length, '(Pier League ranks, 2024, recomputed)'),
      (t) => replaceAt(t, nth(t, '| Pier | Rank | Passengers |', 2), '| Pier | Rank |'.length, '| Pier | Place |'),
      (t) => t.replace('2. Made-up Harbour Trust, Timetables.\n', ''),
      (t) => t.replace('## References', '## References\n\n[9] Made-up Survey.'),
    ]);
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(5), ['x', ' ', '', '1', '%', '|', '[', '<sup>2</sup>', 'three ', '\n\n## Pier\n\n', 'Its ', 'ranked ', 'Total '], 40);
  });

  it('moves an empty list or a primitive as it is, without reading the segments', () => {
    const result = engine.check(draft(1));
    const [a, b] = result.state.doc.segments.filter((s) => s.kind === 'paragraph');
    const empty: never[] = [];
    assert.equal(movedWithSegment(empty, a!, b!), empty);
    assert.equal(movedWithSegment(7, a!, b!), 7);
  });
});
