// Found by the lead across six round-1 to round-12 dev drafts by six authors: a rank's year span told as a run
// ("held the top spot in every edition from 2018 to 2024") whose every year holds, while the edition right before
// (or after) holds the same place too. Every year checks out, yet the span cuts the run short: an off-by-one in
// its bounds. On made-up apiculture stations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, places } from './helpers.js';

const SOURCES = [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }];
const STATIONS = [
  { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' },
  { id: 'mpi', name: 'Morrow Pollination Institute', aliases: ['MPI'], kind: 'research-institute' },
];
const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: SOURCES,
      entities: STATIONS,
      metrics: [{ id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] }],
      observations: [{ entity: 'hars', metric: 'hives', year: 2025, value: 436, source: 'pbr' }],
      rankings: [
        {
          id: 'psi',
          label: 'Pollinator Science Index',
          phrases: ['Pollinator Science Index', 'PSI'],
          // HARS first 2019–2024, second in 2025; first edition 2019.
          editions: [2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({ year, method: 'standard', source: 'pbr', ranks: places(['hars', 'mpi']) })).concat([
            { year: 2025, method: 'standard', source: 'pbr', ranks: places(['mpi', 'hars']) },
          ]),
        },
      ],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['rank', 'rank-years'])).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a rank span that cuts its run short', () => {
  it('reports a start one edition late, with the whole run as a suggestion and no fix', () => {
    assert.deepEqual(seen('HARS held the top spot in the Pollinator Science Index in every edition from 2020 to 2024.\n'), [['rank-years', '2020 to 2024', null, '2019 to 2024']]);
    assert.deepEqual(seen('HARS ranked first in the PSI from 2019 to 2023.\n'), [['rank-years', '2019 to 2023', null, '2019 to 2024']]);
  });

  it('is silent on the whole run, on a window the text chooses, and on a run left open', () => {
    for (const text of [
      'HARS ranked first in the Pollinator Science Index from 2019 to 2024, and second in 2025.\n',
      'During the programme period, from 2021 to 2023, HARS ranked first in the PSI.\n',
      'HARS ranked first in the PSI between 2020 and 2023.\n',
      'HARS ranked first in the PSI from 2020 to 2024 and beyond.\n',
      'HARS ranked first in the PSI in 2022 and 2023.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });

  it('still reports a span that reaches before the first edition as wrong', () => {
    assert.deepEqual(seen('HARS ranked first in the PSI every year from 2018 to 2024.\n').map(([rule, stated]) => [rule, stated]), [['rank-years', '2018 to 2024']]);
  });
});

// Found on a round-13 dev draft (an op-ed): "…, and it came second in 2025 for one reason only: WIPO added
// venture-capital deals to patents and publications." "venture-capital" was no cue of the new method, so "patents and
// publications" made the place the old method's, and the counterfactual edition "fixed" a right second to first.
const methods = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: SOURCES,
      entities: STATIONS,
      metrics: [],
      observations: [],
      rankings: [
        {
          id: 'psi',
          label: 'Pollinator Science Index',
          phrases: ['Pollinator Science Index', 'PSI'],
          editions: [
            { year: 2024, method: 'hives+papers', source: 'pbr', ranks: places(['hars', 'mpi']) },
            { year: 2025, method: 'hives+papers+vc', source: 'pbr', ranks: places(['mpi', 'hars']) },
            { year: 2025, method: 'hives+papers', hypothetical: true, source: 'pbr', ranks: places(['hars', 'mpi']) },
          ],
        },
      ],
    },
  }),
});
const seenMethods = (text: string) => seenFindings(methods, text, new Set(['rank', 'rank-years'])).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a method named beyond the rank’s clause', () => {
  it('reads "venture-capital" as the new method, so the official place is checked', () => {
    assert.deepEqual(seenMethods('HARS came second in the 2025 PSI for one reason only: the index added venture-capital deals to hives and papers.\n'), []);
    assert.deepEqual(seenMethods('HARS came third in the 2025 PSI for one reason only: the index added venture-capital deals to hives and papers.\n'), [['rank', 'third', 'second', null]]);
  });

  it('offers a counterfactual edition’s place as a suggestion only when the clause itself is not counterfactual', () => {
    // "the old method" in a year that had only the new one: the counterfactual edition, read from a cue after the place.
    assert.deepEqual(seenMethods('In the 2025 PSI HARS came second, and that is under the old method.\n'), [['rank', 'second', null, 'first']]);
    // Said of the counterfactual itself, the place is fixed as usual.
    assert.deepEqual(seenMethods('Under the old method HARS would have ranked second in the 2025 PSI.\n'), [['rank', 'second', 'first', null]]);
  });
});

describe('a rank span that is one entry of a timeline, or a run kept from before', () => {
  it('is silent on a timeline item’s label and on "kept"/"remained" runs', () => {
    for (const text of [
      '- **2019:** HARS tops the first PSI.\n- **2020–2024:** HARS keeps the top spot in the PSI.\n',
      'HARS remained first in the PSI from 2020 to 2024.\n',
      'HARS was still first in the PSI from 2021 to 2024.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});
