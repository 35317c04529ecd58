// The rank and rank-years rules are section-bound (perf-key21): after an edit they read the rank claims of the edit's
// sections only, and keep their findings elsewhere while the rankings named and the headings of the whole document are
// the same (their globals). A claim that names no ranking takes the one named last before it, sections away: an edit
// that names another ranking, or opens a section, between that naming and the claim must reach the claim. Each check
// handed the previous result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, loadDataset, type Engine } from 'factlint';
import { assertEditsInTurn, assertKeystrokes, replaceAt } from './across-versions-harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Ranks in later sections read against the ranking the first section names (GII), wrong on purpose. */
/** A paragraph of plain prose longer than the edit's margin (EDIT_MARGIN), so the sections lie apart. */
const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

const DRAFT = `# Cluster outlook

## The index

The GII cluster ranking is the reference here. Tokyo–Yokohama ranked third in the 2021 GII.

${FILLER}

## Industry ties

${FILLER}

Japanese institutions work with industry. AIST is a partner.

${FILLER}

## Later years

${FILLER}

In 2022 Tokyo–Yokohama was ranked second in the table, and in 2023 it ranked third.

Tokyo–Yokohama ranked first from 2016 to 2024.

${FILLER}

## Other notes

${FILLER}

Tokyo–Yokohama placed fourth in 2019 in the index.
`;
let engine: Engine;
before(() => {
  const dir = path.join(ROOT, 'samples/dataset');
  const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') }));
  engine = createEngine({ dataset: loadDataset(inputs).dataset });
});

const rankFindings = (text: string) => engine.check(text).diagnostics.filter((d) => d.ruleId === 'rank' || d.ruleId === 'rank-years').length;
const replace = (from: string, to: string) => (text: string) => {
  assert.ok(text.includes(from), `the draft holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

describe('rank rules kept per section (perf-key21)', () => {
  it('reads the later sections’ ranks against the ranking named sections before', () => {
    assert.equal(rankFindings(DRAFT), 5);
    // Another ranking named in between: the later ranks no longer say which ranking they are of.
    assert.equal(rankFindings(replace('Japanese institutions work with industry', 'The industry collaboration ranking orders Japanese institutions')(DRAFT)), 1);
  });

  it('gives the same results as a full check after edits that change the ranking named before a later section', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('Japanese institutions work with industry', 'The industry collaboration ranking orders Japanese institutions'),
      replace('The industry collaboration ranking orders Japanese institutions', 'Japanese institutions work with industry'),
      replace('The GII cluster ranking is', 'The cluster list is'),
      replace('The cluster list is', 'The GII cluster ranking is'),
      replace('ranked third in the 2021 GII.', 'ranked third in the 2021 GII.\n\n## Aside\n\nThe industry collaboration ranking is another list.'),
      replace('\n\n## Aside\n\nThe industry collaboration ranking is another list.', ''),
      // Keystrokes inside a later section (scope runs) and in the first (the ranking's name typed over).
      replace('placed fourth in 2019', 'placed fifth in 2019'),
      replace('in 2023 it ranked third', 'in 2023 it ranked second'),
      replace('The GII cluster', 'The GIIx cluster'),
      replace('The GIIx cluster', 'The GII cluster'),
    ]);
  });

  it('gives the same results as a full check after headings are made, unmade and deepened around the claims', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('## Industry ties', 'Industry ties'),
      replace('Industry ties', '## Industry ties'),
      replace('## Other notes', '### Other notes'),
      replace('Japanese institutions work with industry.', 'Japanese institutions work with industry.\n\n## The industry collaboration ranking'),
      replace('\n\n## The industry collaboration ranking', ''),
    ]);
  });

  it('gives the same results as a full check after random keystrokes', () => {
    assertKeystrokes(engine, DRAFT, ['x', '', '7', ' GII', ' index', '## ', '\n\n## New\n\n', 'third ', ' 2020'], 40);
  });

  it('gives the same results as a full check after keystrokes in the outlook’s ranking paragraphs', () => {
    const outlook = readFileSync(path.join(ROOT, 'samples/outlook-issue-7.md'), 'utf8');
    const at = [...outlook.matchAll(/ranked (?:first|second)|GII/g)].map((m) => m.index!);
    fc.assert(
      fc.property(fc.constantFrom(...at), fc.constantFrom('x', '', ' GII', 'third '), (where, by) => {
        const first = engine.check(outlook);
        const edited = by === '' ? replaceAt(outlook, where, 1, '') : replaceAt(outlook, where, 0, by);
        assertEditsInTurn(engine, outlook, [() => edited, () => outlook]);
        return first.diagnostics.length > 0;
      }),
      { numRuns: 8 },
    );
  });
});
