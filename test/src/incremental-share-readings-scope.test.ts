// share's readings asked only in the segments it judges (perf-key42): after an edit, the shares of a member's dataset
// fact in a whole written out ("…, of which UTokyo accounted for 75.0%") and the shares of a table's Total row stated
// after it are read in the edit's sections only, not in every segment of the document; elsewhere share's findings stand
// as kept (section-findings.ts). Each check handed the previous result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset, statedBy } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/** A member's share in each of two sections, a table's Total-row share between them. */
const DRAFT = `UTokyo's Sweden-linked publications, 2015–2024.

${FILLER}

## Members

${FILLER}

In 2024 the three universities co-authored 902 publications with Sweden, of which UTokyo accounted for 75.0%.

${FILLER}

## Partners

| Swedish institution | Co-authored publications |
|---|---:|
| Stockholm University | 2,022 |
| Other partners | 2,159 |
| Total | 4,181 |

Stockholm University's 2,022 papers made up 44.0% of all publications in the period.

${FILLER}

## Later

${FILLER}

Of those 902 publications in 2024, UTokyo alone accounts for 72.0%.

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const replace = replaceOnce;

describe("share's readings asked in its scope only (perf-key42)", () => {
  it('the draft reads as the test means: each share is judged', () => {
    const found = statedBy(() => engine, 'share')(DRAFT);
    for (const share of ['75.0%', '44.0%', '72.0%']) assert.ok(found.includes(share), `${share} among ${found.join(', ')}`);
  });

  it('edits of each share, its whole and the sections around it', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('accounted for 75.0%', 'accounted for 70.7%'),
      replace('alone accounts for 72.0%', 'alone accounts for 70.7%'),
      replace('co-authored 902 publications', 'co-authored 912 publications'),
      replace('made up 44.0%', 'made up 48.4%'),
      replace('| Total | 4,181 |', '| Total | 4,281 |'),
      replace('## Later', 'Later'),
      replace('## Partners', '# Partners'),
      replace('alone accounts for 70.7%', 'alone accounts for 71.0%'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', '%', '\n\n', '## ', '| 5 |', ' of which', 'UTokyo ']);
  });
});
