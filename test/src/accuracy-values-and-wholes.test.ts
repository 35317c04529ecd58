// Readings of dataset values and granularity wholes, each written for a form several authors use: a figure's own year
// right after it naming the fact it states (also past a rate's base, "per 100,000 members in 2024", and "by 2024"), a
// decimal sum of money equal to its entity's fact of another year, an averaging word on a measure held as an average,
// and the whole of "…, of which x%" and of "x% of the <noun>" counted earlier in the paragraph. On made-up orchards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, table } from './helpers.js';

const SOURCES = [{ id: 'ofr', title: 'Orchard Field Returns', publisher: 'Made-up Fruit Research Office', year: 2026 }];
const ORCHARDS = [
  { id: 'lvo', name: 'Lindenvale Orchard Station', aliases: ['LVO'], kind: 'research-institute' },
  { id: 'brc', name: 'Brackwater Cider Research Centre', aliases: ['BRC'], kind: 'research-institute' },
];
const engine = createEngine({
  dataset: datasetOf({
    'orchards.json': {
      sources: SOURCES,
      entities: ORCHARDS,
      metrics: [
        { id: 'grafted-share', label: 'Share of trees on grafted rootstock', unit: 'percent', phrases: ['grafted share', 'share of grafted trees'] },
        { id: 'pest-reports', label: 'Pest reports per 100,000 trees', unit: 'rate', phrases: ['pest reports'] },
        { id: 'grant-income', label: 'Grant income', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['grant income'] },
        {
          id: 'yield-per-hectare',
          label: 'Apples per hectare',
          unit: 'rate',
          phrases: ['apples per hectare'],
          description: 'Five-year average of tonnes of apples per hectare.',
        },
      ],
      observations: [
        { entity: 'lvo', metric: 'grafted-share', year: 2016, value: 18.2, source: 'ofr' },
        { entity: 'lvo', metric: 'grafted-share', year: 2023, value: 39.3, source: 'ofr' },
        { entity: 'lvo', metric: 'grafted-share', year: 2024, value: 44.5, source: 'ofr' },
        { entity: 'lvo', metric: 'pest-reports', year: 2023, value: 24.3, source: 'ofr' },
        { entity: 'lvo', metric: 'pest-reports', year: 2024, value: 22.3, source: 'ofr' },
        { entity: 'brc', metric: 'grant-income', year: 2024, value: 44.2, source: 'ofr' },
        { entity: 'brc', metric: 'grant-income', year: 2025, value: 47.3, source: 'ofr' },
        { entity: 'lvo', metric: 'yield-per-hectare', period: '2021–2025', value: 141, source: 'ofr' },
      ],
    },
  }),
});
const seen = (text: string, rules = new Set(['dataset-value'])) => seenFindings(engine, text, rules).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe("a figure's own year right after it", () => {
  it('names the fact of that year in a sentence of other years ("by 2024"), as a suggestion', () => {
    assert.deepEqual(seen('The grafted share at LVO rose from 18.2% in 2016, and it was 39.3% by 2024.\n'), [['dataset-value', '39.3%', null, '44.5%']]);
  });

  it("past a rate's base figure (\"per 100,000 trees in 2024\")", () => {
    assert.deepEqual(seen('LVO logged 24.3 pest reports per 100,000 trees in 2024, still the most in the valley.\n'), [['dataset-value', '24.3', null, '22.3']]);
  });

  it('is silent when the figure is the fact of its own year, or its year is a price basis', () => {
    for (const text of [
      'The grafted share at LVO rose from 18.2% in 2016, and it was 44.5% by 2024.\n',
      'LVO logged 22.3 pest reports per 100,000 trees in 2024.\n',
      'The grafted share at LVO was 39.3% in 2023.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('a decimal sum of money equal to its entity’s fact of another year', () => {
  it('is read as copied from that year, with its own year’s fact as a suggestion, though the sentence names no measure', () => {
    assert.deepEqual(seen('## Grant income\n\nLVO remains the largest recipient. BRC follows at EUR 44.2 million in 2025, ahead of the rest.\n'), [['dataset-value', 'EUR 44.2 million', null, 'EUR 47.3 million']]);
  });

  it('is silent on the right year, and on a whole sum or a figure that is no money', () => {
    for (const text of ['## Grant income\n\nBRC follows at EUR 47.3 million in 2025.\n', '## Grant income\n\nBRC follows at EUR 44 million in 2025.\n', '## Grant income\n\nBRC follows with 44.2 in 2025.\n']) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('an averaging word on a measure the dataset holds as an average', () => {
  it('is no qualifier of its row label', () => {
    assert.deepEqual(seen(`Lindenvale Orchard Station, key figures\n\n${table('Indicator | Value', 'Apples per hectare, 2021–2025 average | 114')}`), [['dataset-value', '114', null, '141']]);
  });

  it('still is one of a measure held as a yearly value', () => {
    assert.deepEqual(seen(`Lindenvale Orchard Station, key figures\n\n${table('Indicator | Value', 'Grafted share, 2016–2024 average | 30.1%')}`), []);
  });
});

describe('the whole of a share read by granularity', () => {
  const gran = (text: string) => seen(text, new Set(['granularity'])).map(([rule, stated]) => [rule, stated]);

  it('is the count that ", of which" follows, the percent right after it or after its subject', () => {
    assert.deepEqual(gran('The station ran 14 grafting trials approved in 2021–2025, of which 46.7% used dwarfing stock.\n'), [['granularity', '46.7%']]);
    assert.deepEqual(gran('The network now has 17 member orchards, of which Welsh growers make up some 45%.\n'), [['granularity', '45%']]);
  });

  it('is the one count the paragraph gave the noun a percent is "of the"', () => {
    assert.deepEqual(gran('Yields at the ten orchards surveyed by the office fell in 2025. Pruning changed at 95% of the orchards.\n'), [['granularity', '95%']]);
  });

  it('is a count written as a compound ("the 79-tree block")', () => {
    assert.deepEqual(gran('Scab was found on 25.0% of the 79-tree block.\n'), [['granularity', '25.0%']]);
  });

  it('is silent when the share is possible, or the count is an endpoint, uncertain or one of two', () => {
    for (const text of [
      'The station ran 14 grafting trials, of which 50.0% used dwarfing stock.\n',
      'Output grew from 254 papers in 2015 to 323 in 2025. In 2024, 33.2% of those papers had a foreign co-author.\n',
      'About ten orchards were surveyed. Pruning changed at 95% of the orchards.\n',
      'Valemont has 38 orchards of ten hectares and over, with 17.0% of the orchards in the region.\n',
      'Ten orchards were surveyed in 2024 and 12 orchards in 2025. Pruning changed at 95% of the orchards.\n',
      'Ten orchards were surveyed. Pruning changed at 95% of the orchards’ rows.\n',
      'Scab was found on 30% of the 12-month sample.\n',
    ]) {
      assert.deepEqual(gran(text), [], text);
    }
  });
});
