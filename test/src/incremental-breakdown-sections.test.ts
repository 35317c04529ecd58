// The breakdown-sum rule is section-bound (perf-key40): after an edit it judges the breakdowns of the segments within
// three of the edit's sections, widened to whole tables and lists, and keeps its findings and confirmations elsewhere.
// Beyond its section a breakdown's judgment reads the paragraphs beside its table, list or sentence, across a heading,
// for a note that its shares overlap (overlap.ts), the segment before a list or table (its lead-in or caption), and for
// a breakdown in a sentence the rates of the growth statements (cagr's globals). Each check handed the previous result
// must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';
import { breakdownScope } from '../../server/dist/engine/rules/breakdown-sum.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/** Breakdowns whose neighbours across a heading say (or may be edited to say) that the shares overlap. */
const DRAFT = `Collaboration of the cluster, 2015–2024.

${FILLER}

## Partners

${FILLER}

International collaboration, breakdown by country:

- China 23%
- United States 17%
- France 9%
- Rest of the world 48%

## Notes

The shares come from the co-authorship records of the year, one country per paper as the first foreign author gives it; they are plain counts.

${FILLER}

## Income

${FILLER}

Income split, 2024:

| Source | Share |
|---|---:|
| Core funding | 52% |
| Grants | 31% |
| Other | 15% |

## After the table

The income figures come from the audited accounts of the year, each source booked once under its own heading.

${FILLER}

## Mix

${FILLER}

| Institute | Core | Grants | EU | Other |
|---|---:|---:|---:|---:|
| Aurora | 50% | 30% | 10% | 10% |
| Borea | 40% | 30% | 20% | 12% |

${FILLER}

## Sentences

${FILLER}

The 2024 budget splits into staff 55%, equipment 30% and energy 14%.

Output grew 12% a year; 62% of papers had a foreign co-author and 38% did not.

In 2024, 40% went to teaching, 35% to research and the remaining 20% to administration.

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const findings = (text: string) => engine.check(text).diagnostics.filter((d) => d.ruleId === 'breakdown-sum').map((d) => text.slice(d.range.start, d.range.end));
const replace = replaceOnce;

describe('breakdown-sum kept per section (perf-key40)', () => {
  it('the draft reads as the test means: a note across a heading silences a breakdown', () => {
    const found = findings(DRAFT);
    // The list (97%), the table (98%), the rows (Borea 102), the budget (99%) and the remainder (95%).
    assert.ok(found.length >= 4, found.join(', '));
    const overlapping = findings(replace('they are plain counts', 'a paper with several partners counts for each country')(DRAFT));
    assert.ok(overlapping.length < found.length, `${overlapping.join(', ')} against ${found.join(', ')}`);
  });

  it('an edit of the paragraph beside a breakdown, across a heading, reaches the breakdown', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('they are plain counts', 'a paper with several partners counts for each country'),
      replace('a paper with several partners counts for each country', 'they are plain counts'),
      replace('each source booked once under its own heading.', 'the shares overlap where a grant pays core staff.'),
      replace('the shares overlap where a grant pays core staff.', 'each source booked once under its own heading.'),
      replace('## Notes\n', 'Notes\n'),
      replace('Notes\n', '## Notes\n'),
    ]);
  });

  it('edits inside each breakdown, its lead-in, its table and its list', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('Rest of the world 48%', 'Rest of the world 51%'),
      replace('- France 9%\n', '- France 9%\n- Japan 3%\n'),
      replace('breakdown by country:', 'by country:'),
      replace('| Other | 15% |', '| Other | 17% |'),
      replace('Income split, 2024:', 'Income, 2024:'),
      replace('| Borea | 40% | 30% | 20% | 12% |', '| Borea | 40% | 30% | 20% | 10% |'),
      replace('energy 14%', 'energy 15%'),
      replace('grew 12% a year', 'grew by 12%'),
      replace('the remaining 20%', 'the remaining 25%'),
      replace('## Sentences', '# Sentences'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '%', '\n\n', '## ', '- 4%\n', '| 5% |', ' overlap', 'splits into ']);
  });

  it('judges again whole lists and tables within three segments of the scope', () => {
    const doc = engine.check(DRAFT).state.doc;
    const segments = doc.segments;
    const first = segments.findIndex((s) => s.text.includes('China 23%'));
    const last = segments.findIndex((s) => s.text.includes('Rest of the world'));
    // A scope three segments after the list's last item (widened to it) takes in the whole list.
    const { from, to } = breakdownScope(doc, { from: last + 3, to: last + 3 });
    assert.deepEqual([from <= first, to >= last + 6], [true, true], `${from}..${to}, the list ${first}..${last}`);
    // The list is not cut at its other end either.
    const up = breakdownScope(doc, { from: first - 3, to: first - 3 });
    assert.ok(up.to >= last, `${up.from}..${up.to}, the list ${first}..${last}`);
    const cells = doc.tables[0]!.cells.flat();
    const [f, l] = [Math.min(...cells), Math.max(...cells)];
    const widened = breakdownScope(doc, { from: f - 3, to: f - 3 });
    assert.ok(widened.to >= l, `${widened.from}..${widened.to}: a table reached by the widening (${f}..${l}) is taken whole`);
  });
});
