// The share rule is section-bound (perf-key37): after an edit it judges the shares of the edit's sections only and
// keeps its findings and confirmations elsewhere, while what a share reads beyond its section stays the same (its
// globals, cagr's: the links' globals, the document's opening lines, every table with its caption and headings). Its
// readings still run over the document (kept per segment), so the claims they leave to the group readings stay the
// same. Each check handed the previous result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset, statedBy } from './helpers.js';
import { volcanoObservatories } from './made-up-datasets.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/** Shares in prose, in a table with its Total row, after the table, of a year's total stated before, of "them". */
const DRAFT = `UTokyo's Sweden-linked publications, 2015–2024.

${FILLER}

## Prose

${FILLER}

UTokyo co-authored 638 of the 902 papers (70.1%), and Keio 63.

About 200 scientists took part, 14 of them from KEK, or 9%.

${FILLER}

## Partners

UTokyo's publications with Sweden by partner:

| Swedish institution | Co-authored publications | Share |
|---|---:|---:|
| Stockholm University | 2,022 | 46.4% |
| Other partners | 2,159 | 51.6% |
| Total | 4,181 | |

Stockholm University's 2,022 papers made up 44.0% of all publications in the period.

${FILLER}

## Ports

In 2022 the 950 articles split like this:

- Harbour A: 60.0%
- Harbour B: 40.0%

The second port’s 120 articles amount to 18.2% of the 2022 total.

${FILLER}
`;

/** Group shares the dataset holds the whole of, named in one section and referred to in the next paragraph. */
const GROUPS = `# Observatories: HWO in review

This review covers the made-up observatories.

## Alerts

${FILLER}

Across all four observatories, alerts came to 490 in 2023.

HWO's 150 alerts were 33.3% of that total.

${FILLER}

## Shares

${FILLER}

In 2023 HWO accounted for 30.6% of the four observatories' alerts, and KVO 20.0%.

The observatory received 40% of the four observatories' grants in 2023.

${FILLER}
`;

let engine: Engine;
let groups: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
  groups = createEngine({ dataset: volcanoObservatories() });
});

const shareFindings = (e: () => Engine) => statedBy(e, 'share');
const replace = replaceOnce;

describe('share kept per section (perf-key37)', () => {
  it('the drafts read as the test means: shares found in each section', () => {
    const found = shareFindings(() => engine)(DRAFT);
    for (const share of ['70.1%', '46.4%', '18.2%']) assert.ok(found.includes(share), `${share} among ${found.join(', ')}`);
    const grouped = shareFindings(() => groups)(GROUPS);
    assert.ok(grouped.length >= 2, grouped.join(', '));
  });

  it('edits of the table reach the shares after it, edits of each section its own shares', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('| Stockholm University | 2,022 | 46.4% |', '| Stockholm University | 2,022 | 48.4% |'),
      replace('| Total | 4,181 | |', '| Total | 4,596 | |'),
      replace('| Total | 4,596 | |', '| Total | 4,181 | |'),
      replace('made up 44.0%', 'made up 48.4%'),
      replace('(70.1%)', '(70.7%)'),
      replace('or 9%', 'or 7%'),
      replace('In 2022 the 950', 'In 2022 the 1,000'),
      replace('18.2% of the 2022 total', '12.0% of the 2022 total'),
      replace('## Ports\n', 'Ports\n'),
      replace('Ports\n', '## Ports\n'),
      replace('## Partners', '# Partners'),
      replace("UTokyo's Sweden-linked", "Keio's Sweden-linked"),
    ]);
  });

  it('edits of the group, the title and the sections between reach the group shares', () => {
    assertEditsInTurn(groups, GROUPS, [
      replace('33.3% of that total', '30.6% of that total'),
      replace('alerts came to 490', 'alerts came to 480'),
      replace('and KVO 20.0%', 'and KVO 18.4%'),
      replace('# Observatories: HWO in review', '# Observatories: KVO in review'),
      replace('received 40%', 'received 31%'),
      replace('## Shares\n', 'Shares\n'),
      replace('Shares\n', '## Shares\n'),
      replace('four observatories, alerts', 'three observatories, alerts'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', '%', '\n\n', '## ', '2016', '| 5 |', ' of the 902']);
    assertKeystrokes(groups, GROUPS, ['', 'x', '1', '.', '%', '\n\n', '## ', '2022', 'four ', ' of that total']);
  });
});
