// Two readings of the share rule kept per paragraph across versions (perf-key36): shares of a whole referred to
// ("… 776 papers in all, so the 497 co-authored papers represent 64.0% of its output", "Of these, 5,200 (65%)" under a
// paragraph that states the whole) and a share of one of a whole's named parts ("490 international and 105 domestic
// institutions; international partners were 82.4% of the total"). After an edit only the scope and the paragraphs that
// gave one are read; the others are moved. Each check handed the previous result must give what a fresh full check gives.
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

LUPS published 776 papers in all, so the 497 co-authored papers represent 68.0% of its output.

The network counted 8,000 members in all.

Of these, 5,200 (60%) were active.

${FILLER}

## Two

${FILLER}

The institute works with 490 international and 105 domestic institutions; international partners were 80.2% of the total.

The network grew 12% in 2024, and of these, 300 (20%) were new.

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const shareFindings = (text: string) => engine.check(text).diagnostics.filter((d) => d.ruleId === 'share').map((d) => text.slice(d.range.start, d.range.end));
const replace = replaceOnce;

describe('referred wholes and part shares kept per paragraph (perf-key36)', () => {
  it('the draft reads as the test means', () => {
    assert.deepEqual(shareFindings(DRAFT), ['68.0%', '60%', '80.2%']);
  });

  it('edits of each share, its part, its whole and the paragraph above', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('## Zero\n\nThe section', '## Zero\n\nThis section'),
      replace('represent 68.0%', 'represent 64.0%'),
      replace('published 776 papers', 'published 780 papers'),
      replace('counted 8,000 members', 'counted 8,600 members'),
      replace('counted 8,600 members in all.', 'counted 8,600 members in all. It also had 9,000 friends.'),
      replace('Of these, 5,200 (60%)', 'Of these, 5,200 (65%)'),
      replace('were 80.2% of the total', 'were 82.4% of the total'),
      replace('490 international and 105 domestic', '490 international and 150 domestic'),
      replace('## Two', 'Two'),
      replace('Two\n', '## Two\n'),
      replace('The network counted', '## Three\n\nThe network counted'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', '%', '\n\n', '## ', ' (5%)', ' 300 of them']);
  });
});
