// A change whose endpoint is itself the slip (a figure copied from another year, a Total row that left a part out) is
// right for the endpoint's true value: the change rules say nothing, since the error is the endpoint's. Made-up bus
// operators; each silence is checked against a twin whose change is wrong for every reading, which is still reported
// (or, where the dataset-value rule reads the slipped endpoint itself, against the endpoint being the one reported).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const buses = createEngine({
  dataset: datasetOf({
    'buses.json': {
      sources: [{ id: 'reg', title: 'Bus operator register', publisher: 'Made-up Transit Office', year: 2025 }],
      entities: [
        { id: 'vbl', name: 'Valbus Lines', aliases: ['Valbus', 'VBL'], kind: 'company', country: 'Portugal' },
        { id: 'crt', name: 'Costa Regional Transport', aliases: ['Costa', 'CRT'], kind: 'company', country: 'Portugal' },
        { id: 'spain', name: 'Spain', aliases: [], kind: 'country' },
      ],
      metrics: [
        { id: 'trips', label: 'Passenger trips', unit: 'count', scale: 'thousand', phrases: ['passenger trips', 'trips'] },
        { id: 'drivers', label: 'Drivers employed', unit: 'count', phrases: ['drivers'] },
        { id: 'subsidy', label: 'Operating subsidy', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['subsidy', 'operating subsidy'] },
        { id: 'foreign', label: 'Share of trips by riders from abroad', unit: 'percent', phrases: ['riders from abroad'] },
      ],
      observations: [
        { entity: 'vbl', metric: 'trips', year: 2015, value: 108, source: 'reg' },
        { entity: 'vbl', metric: 'trips', year: 2016, value: 116, source: 'reg' },
        { entity: 'vbl', metric: 'trips', year: 2025, value: 239, source: 'reg' },
        { entity: 'crt', metric: 'trips', year: 2015, value: 311, source: 'reg' },
        { entity: 'crt', metric: 'trips', year: 2025, value: 520, source: 'reg' },
        // A measure near the written figure that the text does not name: never a true value of it.
        { entity: 'vbl', metric: 'drivers', year: 2015, value: 100, source: 'reg' },
        { entity: 'vbl', metric: 'subsidy', year: 2015, value: 14.8, source: 'reg' },
        { entity: 'vbl', metric: 'subsidy', year: 2016, value: 15.3, source: 'reg' },
        { entity: 'vbl', metric: 'subsidy', year: 2024, value: 20.2, source: 'reg' },
        { entity: 'vbl', metric: 'foreign', year: 2016, value: 38.7, source: 'reg' },
        { entity: 'vbl', metric: 'foreign', year: 2025, value: 47.3, source: 'reg' },
        { entity: 'spain', metric: 'trips', year: 2025, value: 900, source: 'reg', partner: 'vbl' },
      ],
      rankings: [],
    },
  }),
});
const seen = (text: string, rules = ['percent-change', 'cagr']) => seenFindings(buses, text, new Set(rules)).map((f) => [f.rule, f.stated]);

describe('a change computed from the true value of an endpoint that is itself a slip', () => {
  it('in a table row, where the dataset holds the row’s entity and the column’s year: no finding', () => {
    const table = (change: string) => `| Operator | 2015 | 2025 | Growth |\n| --- | ---: | ---: | ---: |\n| Valbus | 116 | 239 | ${change} |\n| Costa | 311 | 520 | +67.2% |\n`;
    // 108 → 239 is +121.3%; the 116 is 2016's figure. The measure is the one whose facts the row's other cells are.
    assert.deepEqual(seen(table('+121.3%')), []);
    assert.deepEqual(seen(table('+131.3%')), [['percent-change', '+131.3%']]);
  });

  it('in a Total row whose parts add up to another figure: no finding on the rate beside it', () => {
    const rows = [
      ['Alfa', '688', '931', '1,080', '4.6'],
      ['Bravo', '342', '403', '459', '3.0'],
      ['Charlie', '121', '124', '137', '1.2'],
      ['Delta', '465', '663', '957', '7.5'],
      ['Echo', '398', '439', '432', '0.8'],
      ['Foxtrot', '63', '97', '137', '8.1'],
      ['Golf', '152', '176', '154', '0.1'],
      ['Hotel', '311', '397', '520', '5.3'],
      ['India', '247', '349', '487', '7.0'],
      ['Juliet', '176', '249', '364', '7.5'],
      ['Kilo', '108', '156', '239', '8.3'],
      ['Lima', '39', '70', '125', '12.4'],
    ];
    const table = (rate: string) =>
      'Table 1 reports papers in 2015, 2020 and 2025 and the compound annual growth rate over 2015–2025. The Total row sums whole counts, so a paper shared by two organisations appears twice in it.\n\n' +
      '**Table 1.** Papers by organisation, 2015–2025\n\n| Organisation | 2015 | 2020 | 2025 | CAGR 2015–25 (%) |\n| --- | ---: | ---: | ---: | ---: |\n' +
      rows.map((r) => `| ${r.join(' | ')} |\n`).join('') +
      `| Total (whole counts) | 3,110 | 4,048 | 4,966 | ${rate} |\n`;
    // The rows add up to 5,091 in 2025 (Lima's 125 left out of the Total): 3,110 → 5,091 is 5.1% a year, → 4,966 is 4.8%.
    assert.deepEqual(seen(table('5.1')), []);
    assert.deepEqual(seen(table('6.1')), [['cagr', '6.1']]);
  });

  it('in prose, with the subject named in the lines under the title: no finding', () => {
    const text = (change: string) => `# Written answer\n\n**Subject:** Funding of Valbus Lines\n\n## Answers\n\nTotal subsidy rose from EUR 15.3 million in 2015 to EUR 20.2 million in 2024 (${change}).\n`;
    // 14.8 → 20.2 is +36.5%; the 15.3 is 2016's.
    assert.deepEqual(seen(text('+36.5%')), []);
    assert.deepEqual(seen(text('+46.5%')), [['percent-change', '+46.5%']]);
  });

  it('in points, when the dataset-value rule reads the slipped endpoint itself: only the endpoint is reported', () => {
    const text = (points: string) => `# Valbus Lines\n\n## Riders\n\nMost foreign riders come from Spain. Riders from abroad made up 46.1% of trips in 2025, compared with 38.7% in 2016, a rise of ${points} percentage points.\n`;
    // 38.7 → 47.3 is 8.6 points: the 46.1% is the error, and a change computed from a figure reported wrong gives way.
    assert.deepEqual(seen(text('8.6'), ['percent-change', 'dataset-value']), [['dataset-value', '46.1%']]);
    assert.deepEqual(seen(text('9.6'), ['percent-change', 'dataset-value']), [['dataset-value', '46.1%']]);
  });

  it('never takes a fact of a measure the table does not hold as the true value', () => {
    // Valbus had 100 drivers in 2015: 100 → 239 would be +139.0%, but the row's 239 is its trips.
    const table = `| Operator | 2015 | 2025 | Growth |\n| --- | ---: | ---: | ---: |\n| Valbus | 116 | 239 | +139.0% |\n| Costa | 311 | 520 | +67.2% |\n`;
    assert.deepEqual(seen(table), [['percent-change', '+139.0%']]);
  });
});
