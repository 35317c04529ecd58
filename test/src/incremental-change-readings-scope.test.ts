// percent-change's readings asked only in the segments it judges (perf-key42): after an edit, the gaps in points
// between two parties of the dataset, a partner share's change between two periods and a table's column of changes in
// points are read in the edit's sections only, not in every segment or table of the document; elsewhere
// percent-change's findings stand as kept (section-findings.ts). Each check handed the previous result must give what
// a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { statedBy } from './helpers.js';
import { forestryDataset } from './forestry-dataset.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the laboratories, their forests, their partners and the people who move between them, with nothing to check.';

const forestry = (): Engine => createEngine({ dataset: forestryDataset() });

/** A gap, a partner share's change and a table column of changes in points, each wrong, each in its own section. */
const DRAFT = `# Forestry laboratories in review

${FILLER}

## Funding

${FILLER}

Alder's core share is 12.0 points above Birch's.

${FILLER}

## Partners

${FILLER}

Alder’s Norwegian share was 18.0% in 2020–2024, 2.5 points less than in 2015–2019.

${FILLER}

## Seedlings

Seedling loss at the two laboratories.

| Laboratory | Seedling loss 2025 (%) | Change since 2016 (points) |
| --- | ---: | ---: |
| Alder | 10.0 | −2.0 |
| Birch | 15.0 | +3.0 |

${FILLER}

## Scores

${FILLER}

In 2025 Alder reached a composite score of 81.5, 6 points ahead of Birch.

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = forestry();
});

const replace = replaceOnce;

describe("percent-change's readings asked in its scope only (perf-key42)", () => {
  it('the draft reads as the test means: each reading gives its finding', () => {
    const found = statedBy(() => engine, 'percent-change')(DRAFT);
    for (const stated of ['12.0', '2.5', '+3.0', '6']) assert.ok(found.includes(stated), `${stated} among ${found.join(', ')}`);
  });

  it('edits of each figure, its parties and the sections around it', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('12.0 points above', '9.0 points above'),
      replace('2.5 points less', '4.5 points less'),
      replace('| Birch | 15.0 | +3.0 |', '| Birch | 15.0 | +1.0 |'),
      replace('6 points ahead', '4 points ahead'),
      replace('## Partners', 'Partners'),
      replace('Birch\'s.', 'Cedar\'s.'),
      replace('## Seedlings', '# Seedlings'),
      replace('4 points ahead', '5 points ahead'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', ' points', '\n\n', '## ', '| 5 |', 'Alder ', '%']);
  });
});
