// The cagr and percent-change rules are section-bound (perf-key36): after an edit it judges the rates of the edit's sections only and keeps
// its findings and confirmations elsewhere, while what a rate reads beyond its section stays the same (its globals):
// the links' globals (dataset-value's), the document's opening lines (an endpoint slip's last resort for a subject:
// "UTokyo's Sweden-linked publications" above silences a rate that fits UTokyo's true 2024 value) and every table,
// its caption and headings (a paragraph may name a table's row in another section). Each check handed the previous
// result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset, statedBy } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

const DRAFT = `UTokyo's Sweden-linked publications, 2015–2024.

${FILLER}

## Growth

${FILLER}

Output went from 287 in 2015 to 600 in 2024, a CAGR of 9.3%.

UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%; CAGR +8.3%).

${FILLER}

## Orchards

| Orchard | 2015 | 2024 |
| --- | --- | --- |
| Keldby | 21 | 63 |
| Ardmoor | 40 | 52 |

${FILLER}

## Later

${FILLER}

Growth was fastest at Keldby, a compound 11.6% a year.

Keio grew from 21 papers in 2015 to 63 in 2024, a CAGR of 13.0%.

${FILLER}
`;

/** The same for percent-change: a change, a compared figure, a multiple and a table row's change named sections away. */
const CHANGES = `UTokyo's Sweden-linked publications, 2015–2024.

${FILLER}

## Growth

${FILLER}

Output went from 287 in 2015 to 600 in 2024, a rise of 122%.

UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+112%).

${FILLER}

## Orchards

| Orchard | 2015 | 2024 |
| --- | --- | --- |
| Keldby | 21 | 63 |
| Ardmoor | 40 | 52 |

${FILLER}

## Later

${FILLER}

Keldby's orchard grew 150% between 2015 and 2024.

Tsukuba scored 366 in 2015. KEK scored 439, some 29.9% more than Tsukuba.

Keio's output quadrupled from 21 in 2015 to 63 in 2024.

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const cagrFindings = statedBy(() => engine, 'cagr');
const changeFindings = statedBy(() => engine, 'percent-change');
const replace = replaceOnce;

describe('cagr kept per section (perf-key36)', () => {
  it('the draft reads as the test means: the slip silenced by the opening lines, the row named in another section', () => {
    assert.deepEqual(cagrFindings(DRAFT), ['+8.3%', '11.6%']);
    assert.deepEqual(cagrFindings(replace("UTokyo's Sweden-linked publications", "UTokyo's budget lines")(DRAFT)), ['9.3%', '+8.3%', '11.6%']);
    assert.deepEqual(cagrFindings(replace('| Keldby | 21 | 63 |', '| Keldby | 21 | 56.4 |')(DRAFT)), ['+8.3%']);
  });

  it('an edit of the opening lines reaches a rate sections away (its endpoint slip)', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace("UTokyo's Sweden-linked publications", "UTokyo's budget lines"),
      replace("UTokyo's budget lines", "UTokyo's Sweden-linked publications"),
      replace("UTokyo's", "Keio's"),
      replace('2015–2024.', '2015–2024, counted.'),
    ]);
  });

  it('an edit of a table reaches the paragraph that names its row in a later section', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('| Keldby | 21 | 63 |', '| Keldby | 21 | 56.4 |'),
      replace('| Keldby | 21 | 56.4 |', '| Keldby | 21 | 63 |'),
      replace('| Keldby |', '| Keldbyx |'),
      replace('| Keldbyx |', '| Keldby |'),
      replace('| Orchard | 2015 | 2024 |', '| Orchard | 2016 | 2024 |'),
      replace('## Orchards', '## Orchard crops'),
    ]);
  });

  it('edits inside each rate, sections opened and unmade', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('CAGR of 9.3%', 'CAGR of 8.5%'),
      replace('CAGR +8.3%', 'CAGR +9.3%'),
      replace('a compound 11.6%', 'a compound 13.0%'),
      replace('a CAGR of 13.0%', 'a CAGR of 13.1%'),
      replace('## Later\n', 'Later\n'),
      replace('Later\n', '## Later\n'),
      replace('Keio grew', '## Keio\n\nKeio grew'),
      replace('## Growth', '# Growth'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', '%', '\n\n', '## ', '2016', '| 5 |']);
  });
});

describe('percent-change kept per section (perf-key36)', () => {
  it('the draft reads as the test means', () => {
    assert.deepEqual(changeFindings(CHANGES), ['+112%', '150%', '29.9%', 'quadrupled']);
    assert.deepEqual(changeFindings(replace("UTokyo's Sweden-linked publications", "UTokyo's budget lines")(CHANGES)), ['122%', '+112%', '150%', '29.9%', 'quadrupled']);
    assert.deepEqual(changeFindings(replace('| Keldby | 21 | 63 |', '| Keldby | 21 | 52.5 |')(CHANGES)), ['+112%', '29.9%', 'quadrupled']);
  });

  it('edits of the opening lines and of the table reach figures sections away', () => {
    assertEditsInTurn(engine, CHANGES, [
      replace("UTokyo's Sweden-linked publications", "UTokyo's budget lines"),
      replace("UTokyo's budget lines", "UTokyo's Sweden-linked publications"),
      replace('| Keldby | 21 | 63 |', '| Keldby | 21 | 52.5 |'),
      replace('| Keldby | 21 | 52.5 |', '| Keldby | 21 | 63 |'),
      replace('| Keldby |', '| Keldbyx |'),
      replace('## Orchards', '## Orchard crops'),
    ]);
  });

  it('edits inside each figure, sections opened and unmade', () => {
    assertEditsInTurn(engine, CHANGES, [
      replace('a rise of 122%', 'a rise of 109%'),
      replace('(+112%)', '(+122%)'),
      replace('some 29.9% more', 'some 19.9% more'),
      replace('output quadrupled', 'output tripled'),
      replace('## Later\n', 'Later\n'),
      replace('Later\n', '## Later\n'),
      replace('Tsukuba scored 366', '## Tsukuba\n\nTsukuba scored 366'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, CHANGES, ['', 'x', '1', '.', '%', '\n\n', '## ', '2016', '| 5 |']);
  });
});
