// Two readings made cheaper per keystroke (perf-key36): the clause changes of two subjects in one sentence
// (change-clause-changes.ts) are kept per paragraph across versions, only the edit's scope and the paragraphs that
// gave one asked again; the bases a "since … when" clause states (change-linked-bases.ts) are looked for among the
// links of the paragraphs that say "since" only. Each check handed the previous result must give what a fresh full
// check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

const DRAFT = `## One

${FILLER}

Between 2015 and 2024 UTokyo's Sweden-linked publications rose 122%, while Keio's grew by 150%.

${FILLER}

## Two

${FILLER}

Since 2015, when UTokyo had 287 Sweden-linked publications, its output has grown 9.9% a year.

${FILLER}

## Three

${FILLER}

UTokyo's Sweden-linked publications more than doubled between 2015 and 2024, while Keio's quadrupled.

${FILLER}
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const findings = (text: string) => engine.check(text).diagnostics.map((d) => `${d.ruleId} ${text.slice(d.range.start, d.range.end)}`);
const replace = replaceOnce;

describe('clause changes kept per paragraph, linked bases read from their paragraphs\' links (perf-key36)', () => {
  it('the draft reads as the test means', () => {
    assert.deepEqual(findings(DRAFT), ['percent-change 150%', 'cagr 9.9%', 'percent-change quadrupled']);
  });

  it('edits of each reading, and of the text between them', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace("while Keio's grew by 150%", "while Keio's grew by 200%"),
      replace("while Keio's quadrupled", "while Keio's tripled"),
      replace('its output has grown 9.9% a year', 'its output has grown 9.3% a year'),
      replace('when UTokyo had 287', 'when UTokyo had 290'),
      replace('## Two', 'Two'),
      replace('Two\n', '## Two\n'),
      replace("Between 2015 and 2024 UTokyo's", "Between 2016 and 2024 UTokyo's"),
      replace(FILLER, `${FILLER} It grew 5% between 2015 and 2024.`),
      replace('Since 2015, when', 'From 2015, when'),
      replace('From 2015, when', 'Since 2015, when'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '1', '.', '%', '\n\n', '## ', '2016', ', while Keio grew 50%']);
  });
});
