// Readings kept per segment by perf-key23. Shares read in one sentence (share-clause-shares.ts), given again across
// versions outside an edit's scope: each sentence's shares are kept before the rates (the document's growth statements)
// are left out, so a percent that an edit elsewhere makes a rate, or no longer one, is judged as a full check judges it.
// Parts in brackets with their total (bracketed-parts.ts) and numeric citations (bibliography.ts), read once per
// segment content. Groups of a table's rows named in the prose of the next section (row-groups.ts) are edited too. A check handed the previous result must give what a fresh full check gives, after edits to each such
// sentence, to the bibliography, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';

const dataset = datasetOf({
  'depots.json': {
    sources: [{ id: 'depot-log', title: 'Made-up Depot Log 2025', publisher: 'Made-up Freight Board', year: 2025 }],
    entities: [{ id: 'orr', name: 'Orrvik Depot', aliases: ['Orrvik'], kind: 'organisation', country: 'Sweden' }],
    metrics: [{ id: 'crates', label: 'Crates', unit: 'count', phrases: ['crates'] }],
    observations: [{ entity: 'orr', metric: 'crates', year: 2025, value: 4000, source: 'depot-log' }],
  },
});

const FILLER = 'The yard opened at six, and the last lorry of the day left a little after eight.';

/** Sections with each clause-share phrasing (some right, some wrong) and fillers between them. */
function draft(sections: number): string {
  const parts = ['# Depot notes 2025', '', 'A yearly note on the depots of the valley.', ''];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Depot year ${i + 1}`,
      '',
      FILLER,
      '',
      // "P out of W (S%)": 480 of 4,000 is 12%.
      `The north yard handled 480 crates out of a total of 4,000 (${i % 2 ? '12' : '12.5'}%) in 2025.`,
      '',
      // "W, of which P (S%)".
      `The depot shipped 4,000 crates, of which 1,000 (${i % 2 ? '25' : '27'}%) went by rail.`,
      '',
      // A whole split after a colon: 149 + 81 = 230, 149 / 230 = 64.8%.
      `The two gates took 230 crates in 2025: North 149 crates (${i % 2 ? '64.8' : '66.1'}%) and South 81 crates.`,
      '',
      // Parts and shares paired "respectively": 638 / 902 = 70.7%, 63 / 902 = 7.0%.
      `Gate A and Gate B loaded 638 and 63 crates respectively, ${i % 2 ? '70.7' : '71.7'}% and 7.0% of the 902.`,
      '',
      // Parts in brackets after their names, then their total: 213 + 163 + 74 = 450.
      `Gate A (213), Gate B (163) and Gate C (74) between them loaded ${i % 2 ? '450' : '460'} crates, as the log records<sup>${(i % 3) + 1}</sup> [${(i % 4) + 1}].`,
      '',
      FILLER,
      '',
      'Crates by gate in 2025:',
      '',
      '| Gate | Crates in 2025 |',
      '|---|---|',
      '| Gate A | 213 |',
      '| Gate B | 163 |',
      '| Gate C | 74 |',
      '',
      `### Gate notes ${i + 1}`,
      '',
      // Far enough from the table that an edit below leaves the table outside the edit's scope.
      FILLER,
      '',
      FILLER,
      '',
      // Rows of the table before, named in the next section: 213 + 163 = 376.
      `Gate A and Gate B together loaded ${i % 2 ? '376' : '386'} crates in 2025.`,
      '',
    );
  }
  parts.push('## References', '', '1. Made-up Freight Board, Depot Log 2025.', '2. Made-up Freight Board, Gate Books.', '3. Made-up Carters Guild, Loads.', '');
  return parts.join('\n');
}

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

describe('shares read in one sentence, given again across versions (perf-key23)', () => {
  it('reads each phrasing in the draft, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const shares = (needle: string) => result.diagnostics.filter((d) => d.ruleId === 'share' && lineOf(d.range.start).includes(needle));
    for (const needle of ['out of a total', 'of which', 'North 149', 'respectively']) assert.ok(shares(needle).length > 0, `a share finding on the "${needle}" sentence`);
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'total' && lineOf(d.range.start).includes('between them')), 'a total finding on the bracketed parts');
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'citation-undefined'), 'a citation with no entry');
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'total' && lineOf(d.range.start).includes('together loaded')), 'a total finding on the rows named after the table');
  });

  it('gives the same findings as a full check after one letter typed far from every share, and after undoing it', () => {
    const text = draft(8);
    const first = engine.check(text);
    const at = text.indexOf(FILLER, Math.floor(text.length / 2)) + 10;
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'one letter typed');
    const scope = versionScope(next.state.doc);
    assert.ok(scope && scope.from > 0 && scope.to < next.state.doc.segments.length - 1, 'a scope smaller than the document');
    assertSame(engine, next, text, 'the letter deleted');
  });

  it('reads each sentence again when it is edited, and when its percent becomes a rate or stops being one', () => {
    const text = draft(5);
    const nth = (t: string, needle: string, n: number) => {
      let at = -1;
      for (let i = 0; i <= n; i++) at = t.indexOf(needle, at + 1);
      return at;
    };
    /** The n-th `needle` of the text replaced by `by`. */
    const swap = (needle: string, n: number, by: string) => (t: string) => replaceAt(t, nth(t, needle, n), needle.length, by);
    assertEditsInTurn(engine, text, [
      swap('480 crates', 3, '500 crates'),
      swap('of which 1,000', 1, 'of which 1,080'),
      swap('North 149', 2, 'North 150'),
      swap('638 and 63', 0, '640 and 63'),
      // The share's percent read as a change of a growth statement: a rate, no share.
      swap('The depot shipped 4,000 crates', 2, 'Shipments grew from 3,200 in 2024 to 4,000 crates'),
      swap('Shipments grew from 3,200 in 2024 to 4,000 crates', 0, 'The depot shipped 4,000 crates'),
      swap('(12.5%)', 1, '(12.5%, up 20% from 400 in 2024)'),
      swap('## Depot year', 3, '## Depot year (all crates: 5,000)'),
      swap(FILLER, 4, ''),
      swap('Gate C (74)', 2, 'Gate C (84)'),
      swap('Gate B (163)', 0, 'Gate B (163 crates)'),
      swap('<sup>2</sup>', 0, '<sup>4</sup>'),
      swap(' [4].', 0, ' [2–4].'),
      (t) => t.replace('3. Made-up Carters Guild, Loads.\n', '3. Made-up Carters Guild, Loads.\n4. Made-up Carters Guild, Ledgers.\n'),
      swap('together loaded 386', 0, 'together loaded 376'),
      swap('| Gate B | 163 |', 3, '| Gate B | 173 |'),
      swap('Crates by gate in 2025:', 1, 'Crates by gate in 2025 (all gates: 450):'),
      swap('### Gate notes', 2, 'Gate notes'),
      swap('Gate A and Gate B together', 4, 'Gate A and Gate C together'),
      // A new group named in the reach of the table before, in a paragraph that named none (the fourth section's).
      swap(FILLER, 13, 'Gate B and Gate C together loaded 247 crates in 2025.'),
    ]);
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(3), ['x', ' ', '', '1', '%', ':', ',', '(', ')', '[3]', '\n\n', '# ', '5'], 40);
  });
});
