// total's readings are asked only in the segments it judges (perf-key42): after an edit, the group sums, the combined
// shares of named parts, the counted totals, the row groups named after a table, the tables' Total rows and columns,
// the rows a table shows to sum, the lists' sums, the totals stated above a table (and the period sums among the
// links) are read in the edit's sections and the segments within three of them, not in every segment of the document;
// elsewhere total's findings stand as kept (section-findings.ts). Each check handed the previous result must give what
// a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset, statedBy } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/** One total of each reading, each wrong, each in its own section. */
const DRAFT = `UTokyo's Sweden-linked publications, 2015–2024.

${FILLER}

## Sea time

${FILLER}

Aurora logged 213 ship days in 2024, Borea 163 and Cirrus 74. Together the three vessels logged 460 ship days in 2024.

${FILLER}

## Budget

${FILLER}

Capital works took 20.1% of the budget, staff costs 30.0% and energy 11.0%.

Capital works, staff costs and energy together took 62.1% of the budget.

${FILLER}

## Clusters

${FILLER}

| Economy | Clusters 2025 |
|---|---:|
| China | 24 |
| United States | 22 |
| Japan | 10 |

China and the United States together hold 48 of the top 100.

${FILLER}

${FILLER}

${FILLER}

## Pairs

${FILLER}

In 2025, Japan and the United States together held 34 of the top 100.

## Growth

${FILLER}

UTokyo grew from 287 publications in 2015 to 638 in 2024. Keio grew from 21 publications in 2015 to 63 in 2024. Taken together, the two universities published 711 papers in 2024.

${FILLER}

## Clinics

${FILLER}

The three clinics treated 7,610 patients in 2024:

- Alpha: 3,000 patients
- Beta: 2,500 patients
- Gamma: 2,000 patients

${FILLER}

## Grants

${FILLER}

The three grants, which together came to USD 26.0 million, are listed below.

| Grant | Amount (USD million) |
|---|---:|
| Alpha | 10.0 |
| Beta | 8.0 |
| Gamma | 7.0 |
| Total | 25.0 |

${FILLER}

## Ports

${FILLER}

| Port | Calls | Tonnes |
|---|---:|---:|
| Kiel | 120 | 300 |
| Bergen | 80 | 200 |
| Tallinn | 40 | 100 |
| Riga | 60 | 100 |
| All four | 300 | 710 |

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const replace = replaceOnce;

describe("total's readings asked in its scope only (perf-key42)", () => {
  it('the draft reads as the test means: each reading gives its total', () => {
    const found = statedBy(() => engine, 'total')(DRAFT);
    for (const total of ['460', '62.1%', '48', '34', '711', '7,610', 'USD 26.0 million', '710']) assert.ok(found.includes(total), `${total} among ${found.join(', ')}`);
  });

  it('edits of each total, its parts and the sections around it', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('logged 460 ship days', 'logged 450 ship days'),
      replace('Borea 163', 'Borea 173'),
      replace('together took 62.1%', 'together took 61.1%'),
      replace('staff costs 30.0%', 'staff costs 31.0%'),
      replace('| United States | 22 |', '| United States | 24 |'),
      replace('together hold 48', 'together hold 46'),
      replace('together held 34', 'together held 32'),
      replace('| Japan | 10 |', '| Japan | 12 |'),
      replace('together held 32', 'together held 31'),
      replace('published 711 papers', 'published 701 papers'),
      replace('to 63 in 2024', 'to 73 in 2024'),
      replace('| All four | 300 | 710 |', '| All four | 300 | 700 |'),
      replace('| Riga | 60 | 100 |', '| Riga | 60 | 110 |'),
      replace('treated 7,610 patients', 'treated 7,500 patients'),
      replace('- Beta: 2,500 patients', '- Beta: 2,600 patients'),
      replace('came to USD 26.0 million', 'came to USD 25.0 million'),
      replace('| Beta | 8.0 |', '| Beta | 9.0 |'),
      replace('## Grants', 'Grants'),
      replace('## Clusters', 'Clusters'),
      replace('## Growth', '# Growth'),
      replace('Clusters\n', '## Clusters\n'),
    ]);
  });

  it('an edit far from every total leaves them as a full check gives them', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace("UTokyo's Sweden-linked", "UTokyo's Swedish-linked"),
      replace('Aurora logged', 'Aurora, the flagship, logged'),
      replace('the budget.', 'the whole budget.'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', ' together', '\n\n', '## ', '| 5 |', ' in all', '%']);
  });
});
