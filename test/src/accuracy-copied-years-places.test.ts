// Two readings for dataset values and ranks, on made-up ferry operators: a figure whose own year stands beside it (or
// heads its table column) but that equals the entity's fact of another year, copied from that year; a counted run of
// ranks after an earlier clause's span; and a whole count opened by a possessive or followed by a participle.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, places } from './helpers.js';

const SOURCES = [{ id: 'fsr', title: 'Ferry Service Review', publisher: 'Made-up Coastal Transport Board', year: 2026 }];
const OPERATORS = [
  { id: 'tfl', name: 'Tromsø Fjord Lines', aliases: ['TFL', 'the Tromsø operator'], kind: 'company' },
  { id: 'bks', name: 'Bodø Kyst Shipping', aliases: ['BKS', 'Bodø Ferries'], kind: 'company' },
  { id: 'nar', name: 'Narvik Routes', aliases: ['NAR'], kind: 'company' },
];
const engine = createEngine({
  dataset: datasetOf({
    'ferries.json': {
      sources: SOURCES,
      entities: OPERATORS,
      metrics: [{ id: 'revenue', label: 'Operating revenue', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['operating revenue', 'revenue'] }],
      observations: [
        { entity: 'tfl', metric: 'revenue', year: 2023, value: 41.6, source: 'fsr' },
        { entity: 'tfl', metric: 'revenue', year: 2024, value: 44.9, source: 'fsr' },
        { entity: 'bks', metric: 'revenue', year: 2023, value: 18.2, source: 'fsr' },
        { entity: 'bks', metric: 'revenue', year: 2024, value: 19.7, source: 'fsr' },
      ],
      rankings: [
        {
          id: 'fsi',
          label: 'Ferry Satisfaction Index',
          phrases: ['Ferry Satisfaction Index', 'FSI'],
          editions: [
            { year: 2021, method: 'standard', source: 'fsr', ranks: places(['tfl', 'nar', 'bks']) },
            { year: 2022, method: 'standard', source: 'fsr', ranks: places(['tfl', 'nar', 'bks']) },
            { year: 2023, method: 'standard', source: 'fsr', ranks: places(['tfl', 'bks', 'nar']) },
            { year: 2024, method: 'standard', source: 'fsr', ranks: places(['bks', 'tfl', 'nar']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules = ['dataset-value', 'rank', 'rank-years']) =>
  seenFindings(engine, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a figure copied from another year of its own entity', () => {
  it('reports a figure whose own year follows it, with the fact of that year as a suggestion', () => {
    assert.deepEqual(seen('Operating revenue grew at both lines. BKS’s climbed to EUR 18.2 million in 2024, a record.\n'), [['dataset-value', 'EUR 18.2 million', null, 'EUR 19.7 million']]);
  });

  it('reports a table cell under a year column that repeats the cell of another year', () => {
    const table = '**Revenue, by year**\n\n| Operator | 2023 | 2024 |\n| --- | ---: | ---: |\n| TFL | 41.6 | 41.6 |\n| BKS | 18.2 | 19.7 |\n';
    assert.deepEqual(seen(table), [['dataset-value', '41.6', null, '44.9']]);
  });

  it('is silent on the right year, on a year that is not the figure’s own, and on a measure the text never names', () => {
    for (const text of [
      'Operating revenue grew at both lines. BKS’s climbed to EUR 19.7 million in 2024, a record.\n',
      'Revenue grew. BKS’s climbed to EUR 18.2 million in 2024 terms, a record.\n',
      'TFL paid EUR 41.6 million in 2024 for two new hulls.\n',
      '| Operator | 2023 | 2024 |\n| --- | ---: | ---: |\n| TFL rank | 2 | 1 |\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

// A place alone read as the institution an alias locates there ("Tromsø" for "the Tromsø operator") was tried twice
// (acc-rank21, acc-dsv23) and dropped both times: on the held-out split it found two more errors and made two more
// false findings. Tried a third time in round 60's session (dataset-short-names.ts, placeNamePhrases), with the
// readings it exposed on the dev split mended first: the held-out split found 17 more errors with no more false
// findings (dev: 33 more, none false), so it is kept; only a place written capitalised is read.
describe('a place written alone', () => {
  it('is read as the institution an alias locates there', () => {
    assert.deepEqual(seen('In the Ferry Satisfaction Index, Tromsø came first in 2024.\n').map(([rule, stated]) => [rule, stated]), [['rank', 'first']]);
  });
  it('but not in lower case', () => {
    assert.deepEqual(seen('In the Ferry Satisfaction Index, tromsø came first in 2024.\n'), []);
  });
});

describe('a counted run of ranks after a span of another clause', () => {
  it('does not end the run at the earlier clause’s span', () => {
    assert.deepEqual(seen('In the FSI, NAR, second from 2021 to 2022, has ranked third for two years.\n'), []);
    assert.deepEqual(seen('In the FSI, NAR, second from 2021 to 2022, has ranked third for three years.\n').map(([rule, stated]) => [rule, stated]), [['rank-years', 'for three years']]);
  });
});

describe('a whole count that opens the sentence with a possessive or a participle after its noun', () => {
  const grim = (text: string) => seen(text, ['granularity', 'share']).map(([rule, stated]) => [rule, stated]);
  it('checks the percent after it against that count', () => {
    assert.deepEqual(grim('Of TFL’s 19 deck officers in 2025, 36.2% held a master’s ticket.\n'), [['granularity', '36.2%']]);
    assert.deepEqual(grim('Of the 17 routes tendered by the county in 2021–2025, 38.6% drew a single bid.\n'), [['granularity', '38.6%']]);
  });

  it('is silent on a percent a whole count gives', () => {
    assert.deepEqual(grim('Of TFL’s 19 deck officers in 2025, 36.8% held a master’s ticket.\n'), []);
    assert.deepEqual(grim('Of the 17 routes tendered by the county in 2021–2025, 41.2% drew a single bid.\n'), []);
  });
});
