// Found by the lead on a round-11 dev draft (a research manager's internal email, "**From:** Head of Research
// Management, NIMR" and no section heading): "we" in the body was nobody, so "We … have held first place in every
// edition since 2022" went unchecked; and its reference list under "References and links" was not taken for a
// bibliography. On made-up apiculture stations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, places } from './helpers.js';

const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }],
      entities: [
        { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' },
        { id: 'mpi', name: 'Morrow Pollination Institute', aliases: ['MPI'], kind: 'research-institute' },
        { id: 'kestria', name: 'Kestria', aliases: [], kind: 'country' },
      ],
      metrics: [{ id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] }],
      observations: [
        { entity: 'hars', metric: 'hives', year: 2025, value: 436, source: 'pbr' },
        { entity: 'mpi', metric: 'hives', year: 2025, value: 298, source: 'pbr' },
      ],
      rankings: [
        {
          id: 'psi',
          label: 'Pollinator Science Index',
          phrases: ['Pollinator Science Index', 'PSI'],
          editions: [
            { year: 2022, method: 'standard', source: 'pbr', ranks: places(['mpi', 'hars']) },
            { year: 2023, method: 'standard', source: 'pbr', ranks: places(['hars', 'mpi']) },
            { year: 2024, method: 'standard', source: 'pbr', ranks: places(['hars', 'mpi']) },
            { year: 2025, method: 'standard', source: 'pbr', ranks: places(['hars', 'mpi']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules = ['dataset-value', 'rank', 'rank-years']) =>
  seenFindings(engine, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);

// Fifteen paragraphs and no section heading: the email's header is the whole document.
const BODY = Array.from({ length: 14 }, (_, i) => `Note ${i + 1} for the strategy day.`).join('\n\n');
const email = (from: string, to = 'Department heads') => `**From:** ${from}\n**To:** ${to}\n**Subject:** Numbers for Friday\n\nHi all,\n\n${BODY}\n\n`;

describe('a memo or email whose From line names one organisation speaks as it', () => {
  it('reads "we" as the sender’s organisation, for a value and a rank span', () => {
    assert.deepEqual(seen(`${email('Head of Research Management, HARS')}- In 2025 we kept 463 managed hives.\n`), [['dataset-value', '463', '436']]);
    const span = seen(`${email('Head of Research Management, HARS')}- We topped the Pollinator Science Index again in 2025 and have held first place in every edition since 2022.\n`);
    assert.deepEqual(span.map(([rule]) => rule), ['rank-years']);
  });

  it('stays silent when the sender’s value and ranks are right', () => {
    assert.deepEqual(seen(`${email('Head of Research Management, HARS')}- In 2025 we kept 436 managed hives, and we have held first place in the Pollinator Science Index in every edition since 2023.\n`), []);
  });

  it('stays silent when the From line names no organisation, two, or one beside another entity', () => {
    for (const from of ['Planning office', 'HARS and MPI joint office', 'Kestria desk, HARS']) {
      assert.deepEqual(seen(`${email(from)}- In 2025 we kept 463 managed hives.\n`), [], from);
    }
  });

  it('stays silent when the memo is sent by one organisation to another’s board', () => {
    assert.deepEqual(seen(`${email('Director, HARS', 'Board of Trustees, MPI')}- In 2025 we kept 463 managed hives.\n`), []);
  });

  it('keeps a memo to one organisation’s board from that organisation speaking as it', () => {
    assert.deepEqual(seen(`${email('Director, HARS', 'Board of Trustees, HARS')}- In 2025 we kept 463 managed hives.\n`), [['dataset-value', '463', '436']]);
  });
});

describe('"References and links" heads a bibliography', () => {
  it('reports a number used twice in its list', () => {
    const text = 'As the annex says [1], and the accounts [2].\n\n#### References and links\n\n1. Annex, 2026.\n2. Accounts, 2025.\n2. Index results, 2025.\n';
    assert.deepEqual(seen(text, ['bibliography-numbering']), [['bibliography-numbering', '2', null]]);
  });

  it('is silent on a list numbered 1, 2, 3, and a "Links" heading alone is no bibliography', () => {
    assert.deepEqual(seen('See [1] and [2].\n\n## References and links\n\n1. Annex.\n2. Accounts.\n3. Index.\n', ['bibliography-numbering', 'citation-undefined', 'bibliography-uncited']), [['bibliography-uncited', '3', null]]);
    assert.deepEqual(seen('## Links\n\n1. Annex.\n2. Accounts.\n2. Index.\n', ['bibliography-numbering']), []);
  });
});

// Found on a round-12 dev draft (a magazine interview): "When the index started in 2018 we were third, behind IBCE and
// the Córdoba centre. We moved up to second in 2019" gave the centre's place "second" a certain fix.
describe('a sentence where "we" speaks lends none of its other names to a "we" after it', () => {
  const interview = '# Interview\n\nThe Pollinator Science Index has been published since 2022.\n\nWhen the index started in 2022 we were third, behind MPI and HARS. We moved up to second in 2023.\n';
  it('stays silent when the document does not say who "we" are', () => {
    assert.deepEqual(seen(interview, ['rank']), []);
  });
  it('reads "we" as the sender named in a From line', () => {
    assert.deepEqual(seen(`${email('Director, MPI')}- In the Pollinator Science Index we were first in 2022, ahead of HARS. We stayed first in 2023.\n`, ['rank']).map(([rule, stated]) => [rule, stated]), [['rank', 'first']]);
  });
});
