// The total rule is section-bound (perf-key37): after an edit it judges the totals of the edit's sections and of the
// segments within three of them (tables whole), and keeps its findings and confirmations elsewhere. Beyond its section a
// total's judgment reads the paragraphs beside its segment or its table, across a heading, for a note that its parts
// overlap (overlap.ts: "counted once"), and cagr's globals (the links, the opening lines, every table with its caption
// and headings). Each check handed the previous result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset, statedBy } from './helpers.js';
import { volcanoObservatories } from './made-up-datasets.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/** Totals whose neighbours across a heading say (or may be edited to say) that the parts overlap. */
const DRAFT = `UTokyo's Sweden-linked publications, 2015–2024.

${FILLER}

## Ship days

${FILLER}

The fleet logged a combined 550 ship days: Aurora 213, Borea 163, Cirrus 74 and Delta 54.

## Notes

The ship days come from the bridge logs of each vessel, copied by hand into the yearly report by the fleet office and checked against the harbour records; they are plain log entries.

${FILLER}

## Output

${FILLER}

| Institution | Papers |
|---|---:|
| UTokyo | 638 |
| Keio | 63 |
| Total | 711 |

## After the table

The counts come from the bibliographic database of the year, matched by the names of the institutions as the authors wrote them; a paper with several partners is listed under each.

${FILLER}

## Sums

${FILLER}

The three labs produced 120, 80 and 40 papers, 250 in all.

UTokyo grew from 287 publications in 2015 to 638 in 2024, Science Tokyo from 165 to 201 and Keio from 21 to 63. Combined output rose from 483 in 2015 to 902 in 2024.

${FILLER}
`;

/** Group totals the dataset holds the whole of. */
const GROUPS = `# Observatories in review

This review covers the made-up observatories.

## Alerts

${FILLER}

Across all four observatories, alerts came to 490 in 2023.

## Later

The four observatories issued 460 alerts in 2022.

${FILLER}
`;

let engine: Engine;
let groups: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
  groups = createEngine({ dataset: volcanoObservatories() });
});

const totalFindings = (e: () => Engine) => statedBy(e, 'total');
const replace = replaceOnce;

describe('total kept per section (perf-key37)', () => {
  it('the drafts read as the test means: a note across a heading silences a total', () => {
    const found = totalFindings(() => engine)(DRAFT);
    for (const total of ['550', '250', '483']) assert.ok(found.includes(total), `${total} among ${found.join(', ')}`);
    // The table's Total is silenced by the paragraph under the next heading ("several partners").
    assert.ok(!found.includes('711'), found.join(', '));
    const overlapping = totalFindings(() => engine)(replace('they are plain log entries', 'some days are counted twice')(DRAFT));
    assert.ok(!overlapping.includes('550'), overlapping.join(', '));
    assert.ok(totalFindings(() => groups)(GROUPS).length >= 1);
  });

  it('an edit of the paragraph beside a total, across a heading, reaches the total', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('they are plain log entries', 'some days are counted twice'),
      replace('some days are counted twice', 'they are plain log entries'),
      replace('a paper with several partners is listed under each.', 'each paper is listed under its first partner.'),
      replace('each paper is listed under its first partner.', 'a paper shared by two is counted twice.'),
      replace('## Notes\n', 'Notes\n'),
      replace('Notes\n', '## Notes\n'),
    ]);
  });

  it('edits inside each total and of the table', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('a combined 550', 'a combined 504'),
      replace('| Total | 711 |', '| Total | 701 |'),
      replace('| Keio | 63 |', '| Keio | 73 |'),
      replace('250 in all', '240 in all'),
      replace('from 483 in 2015', 'from 473 in 2015'),
      replace('## Sums', '# Sums'),
    ]);
    assertEditsInTurn(groups, GROUPS, [replace('came to 490', 'came to 480'), replace('## Later\n', 'Later\n'), replace('issued 460', 'issued 450')]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', ' in all', '\n\n', '## ', 'counted once', '| 5 |', ' overlap']);
    assertKeystrokes(groups, GROUPS, ['', 'x', '1', '\n\n', '## ', '2022', 'four ', ' counted once']);
  });
});
