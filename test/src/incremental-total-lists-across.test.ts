// The total rule's lists and parts in brackets kept per segment across versions (perf-key36): a list with its total
// ("490 international and 105 domestic institutions, 595 in all", "9 doctorates in 2021, 11 in 2022 …, a total of 53")
// and named parts in brackets ("China (24 clusters) and the United States (22) together hold 46") are read of their
// segment and the text just after it; after an edit only the scope and the segments that gave one are read, the others
// moved. Each check handed the previous result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

const DRAFT = `## Zero

${FILLER}

## One

${FILLER}

The institute works with 490 international and 105 domestic institutions, 600 in all.

China (24 clusters) and the United States (22) together hold 51 of the top 100.

${FILLER}

## Two

${FILLER}

The school awarded 9 doctorates in 2021, 11 in 2022, 14 in 2023 and 19 in 2024, a total of 50.

- The school awarded 9 doctorates in 2021, 11 in 2022 and 14 in 2023, a total of 35.

| Unit | Staff |
| --- | ---: |
| North | 12, 14 and 9, 35 in all |

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const totalFindings = (text: string) => engine.check(text).diagnostics.filter((d) => d.ruleId === 'total').map((d) => text.slice(d.range.start, d.range.end));
const replace = replaceOnce;

describe('lists and bracketed parts of the total rule kept per segment (perf-key36)', () => {
  it('the draft reads as the test means', () => {
    assert.deepEqual(totalFindings(DRAFT).slice(0, 4), ['600', '51', '50', '35']);
  });

  it('edits of each total, its parts and the text after it, and before them all', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('## Zero\n\nThe section', '## Zero\n\nThis section'),
      replace('institutions, 600 in all', 'institutions, 595 in all'),
      replace('105 domestic', '110 domestic'),
      replace('together hold 51', 'together hold 46'),
      replace('(22)', '(27)'),
      replace('a total of 50.', 'a total of 53.'),
      replace('14 in 2023, a total of 35.', '14 in 2023, a total of 34.'),
      replace('| 12, 14 and 9, 35 in all |', '| 12, 14 and 9, 36 in all |'),
      replace('## Two', 'Two'),
      replace('Two\n', '## Two\n'),
      replace('## Zero\n\nThis section', '## Zero\n\nThis long section'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', ',', ' and 7', '\n\n', '## ', ' in all', ' (5)']);
  });
});
