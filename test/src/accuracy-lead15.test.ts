// False findings the lead found on dev drafts, each fixed by its structure: a total over "the two applicants" that added
// doctorates to papers (the corrected dev drafts), and three from round 15's dev drafts: "tenth in the first SASSI
// edition" read as a tenth and a first place in the latest edition, each with a certain fix; "16.9% of the two combined"
// read as a share of a count of two; overlapping shares that "add up to 194.8%" of a count. On made-up apiculture stations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }],
      entities: [
        { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute', country: 'Norway' },
        { id: 'mpi', name: 'Morrow Pollination Institute', aliases: ['MPI'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [
        { id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers', 'publications', 'articles'] },
        { id: 'doctorates', label: 'Doctorates awarded', unit: 'count', phrases: ['doctorates', 'PhDs'] },
      ],
      observations: [],
      rankings: [
        {
          id: 'psi',
          label: 'Pollinator Science Index',
          phrases: ['Pollinator Science Index', 'PSI'],
          editions: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => ({
            year,
            method: 'standard',
            source: 'pbr',
            ranks: year < 2025 ? [{ entity: 'mpi', rank: 1 }, { entity: 'hars', rank: 2 }] : [{ entity: 'hars', rank: 1 }, { entity: 'mpi', rank: 2 }],
          })),
        },
      ],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['total'])).map((f) => [f.rule, f.stated]);

describe('a total over a counted group adds figures of its own measure only', () => {
  it('is silent when a part counts something else than the total', () => {
    const text =
      'HARS awarded 4 PhDs in 2016 and 21 in 2025. MPI is smaller: its publications rose from 61 to 150 between 2016 and 2025. ' +
      'Taken together, the two Norwegian stations published 640 papers in 2025.\n';
    assert.deepEqual(seen(text), []);
  });

  it('still adds parts of one measure, also under another word of that measure', () => {
    const text =
      'HARS grew from 310 papers in 2016 to 490 in 2025, and MPI from 61 publications in 2016 to 150 in 2025. ' +
      'Taken together, the two stations published 700 papers in 2025.\n';
    assert.deepEqual(seen(text), [['total', '700']]);
  });
});

describe('an edition counted with the ranking named between its order and "edition"', () => {
  const ranks = (text: string) => seenFindings(engine, text, new Set(['rank', 'rank-years'])).map((f) => [f.rule, f.stated, f.fix ?? null]);

  it('is no place, and does not date the place before it as the latest edition', () => {
    assert.deepEqual(ranks('HARS was second in the first PSI edition and came first in 2025.\n'), []);
    assert.deepEqual(ranks('MPI was first in the first Pollinator Science Index edition and came second in 2025.\n'), []);
  });

  it('still reads a place in the latest edition', () => {
    assert.deepEqual(ranks('HARS came second in the 2025 PSI.\n'), [['rank', 'second', 'first']]);
  });
});

describe('granularity: sums are no counts', () => {
  const grim = (text: string) => seenFindings(engine, text, new Set(['granularity'])).map((f) => f.stated);

  it('reads "of the two combined" as a share of two amounts added up, not of a count of two', () => {
    assert.deepEqual(grim('HARS had EUR 11.3 million of grants and EUR 2.3 million of sales; sales were 16.9% of the two combined.\n'), []);
    assert.deepEqual(grim('Capital works took 41.1% of the four budgets combined.\n'), []);
    assert.deepEqual(grim('Of the two stations, 16.9% of the two were certified.\n'), ['16.9%']);
  });

  it('lets overlapping shares add up to more than 100% of a count', () => {
    assert.deepEqual(grim('A paper can have several partners: the five partner shares add up to 194.8% of its 4,181 papers.\n'), []);
    assert.deepEqual(grim('HARS co-wrote 194.8% of its 4,181 papers with MPI.\n'), ['194.8%']);
  });
});

describe('a multiple in a dash aside does not cut a rate off its statement', () => {
  const rates = (text: string) => seenFindings(engine, text, new Set(['cagr'])).map((f) => f.stated);

  it('reads the rate after "— exactly 2.5 times —" against the endpoints before it', () => {
    assert.deepEqual(rates('HARS output rose from 148 to 370 papers between 2016 and 2025 — exactly 2.5 times — which works out at 9.6% a year.\n'), ['9.6%']);
    assert.deepEqual(rates('HARS output rose from 148 to 370 papers between 2016 and 2025 — exactly 2.5 times — which works out at 10.7% a year.\n'), []);
  });

  it('still leaves a rate alone when a value of the statement stands between', () => {
    assert.deepEqual(rates('HARS output rose from 148 to 370 papers between 2016 and 2025, then 402 in 2026, or 9.6% a year.\n'), []);
  });
});

describe('a place coordinated after another with its verb left out', () => {
  const spans = (text: string) => seenFindings(engine, text, new Set(['rank', 'rank-years'])).map((f) => [f.rule, f.stated]);

  it('is read as a claim of its own ("was first in 2025, and first every year since 2022")', () => {
    // HARS was second 2018–2024 and first in 2025 only.
    assert.deepEqual(spans('In the PSI, HARS was first in 2025, and first every year since 2024.\n').map(([rule]) => rule), ['rank-years']);
    assert.deepEqual(spans('In the PSI, HARS was first in 2025 and second every year from 2018 to 2024.\n'), []);
  });

  it('needs a place claimed before it in the sentence', () => {
    assert.deepEqual(spans('In the PSI, the station grew, and first every year since 2024 was its aim.\n'), []);
  });
});

describe("a run that the sentence's edition ends", () => {
  const spans = (text: string) => seenFindings(engine, text, new Set(['rank', 'rank-years'])).map((f) => f.rule);

  it('reads "ending N years in second place" as the run before, not as the place now', () => {
    // HARS was second 2018–2024 (seven editions) and first in 2025.
    assert.deepEqual(spans('In the 2025 PSI, HARS climbed to first, ending seven years in second place.\n'), []);
    assert.deepEqual(spans('In the 2025 PSI, HARS climbed to first, ending four years in second place.\n'), ['rank-years']);
  });
});

describe('a share whose part and whole are both spelled out', () => {
  const shares = (text: string) => seenFindings(engine, text, new Set(['share'])).map((f) => [f.stated, f.fix ?? null]);

  it('checks "two of its seven galleries (22%)", as it checks "2 of its 7 galleries (22%)", with no certain fix', () => {
    assert.deepEqual(shares('Even so, two of its seven permanent galleries (22%) were closed in 2025.\n'), [['22%', null]]);
    assert.deepEqual(shares('Three of the twelve stations, or 33%, replied.\n'), [['33%', null]]);
  });

  it('is silent on a right share, a hedged one, and a share of something else', () => {
    for (const text of [
      'Seven of the ten stations (70%) reported growth.\n',
      'Two of the eleven stations (18.2%) fell.\n',
      'Two of the seven galleries (about 22%) were closed.\n',
      'Two of its seven galleries (22% of floor space) were closed.\n',
      'About two of its seven galleries (22%) were closed.\n',
    ]) {
      assert.deepEqual(shares(text), [], text);
    }
  });
});
