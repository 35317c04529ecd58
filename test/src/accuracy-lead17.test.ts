// Structures the lead read in round 17: a change whose start stands in the sentence before, when the later value is
// given bare by the same verb that gave the earlier one its noun ("The depot counted 1,000 visitors in 2019. By 2024 it
// counted 1,500, a 20% increase."); and three false findings of round 17's dev drafts, fixed by their structure: a
// percent of another whole ("10% of the aid") read as a percent measure named after it (a certain fix), the whole of a
// stated percent ("8% of the fleet of 25") read as one member's count (a certain fix), and a list that splits one share
// of a whole ("the remaining 38.9% splits into:") summed against 100%. Written on made-up ferry ports, not corpus lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const engine = createEngine({
  dataset: datasetOf({
    'terminals.json': {
      sources: [],
      entities: [
        { id: 'lakeport', name: 'Lakeport', aliases: [], kind: 'research-institute', country: 'Norway' },
        { id: 'brevik', name: 'Brevik', aliases: [], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [],
      observations: [],
      rankings: [],
    },
  }),
});
const ports = createEngine({
  dataset: datasetOf({
    'ports.json': {
      sources: [{ id: 'fpr', title: 'Ferry Port Returns', publisher: 'Made-up Ferry Observatory', year: 2025 }],
      entities: [
        { id: 'lkp', name: 'Lakeport Ferry Terminal', aliases: ['LKP'], kind: 'research-institute', country: 'Norway' },
        { id: 'brv', name: 'Brevik Ferry Terminal', aliases: ['BRV'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [
        { id: 'on-time', label: 'On-time sailings', unit: 'percent', phrases: ['on-time sailings', 'punctuality'] },
        { id: 'ferries', label: 'Ferries operated', unit: 'count', phrases: ['ferries', 'ships', 'vessels'] },
      ],
      observations: [
        { entity: 'lkp', metric: 'on-time', year: 2024, value: 88.0, source: 'fpr' },
        { entity: 'brv', metric: 'on-time', year: 2024, value: 84.7, source: 'fpr' },
        { entity: 'lkp', metric: 'ferries', year: 2025, value: 2, source: 'fpr' },
        { entity: 'brv', metric: 'ferries', year: 2025, value: 4, source: 'fpr' },
      ],
      rankings: [],
    },
  }),
});
const portFindings = (text: string) => seenFindings(ports, text, new Set(['dataset-value'])).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);
const seen = (text: string) => seenFindings(engine, text, new Set(['percent-change'])).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);

describe('a change measured from the sentence before, the later value bare under the same verb', () => {
  it('checks the change and offers the recomputed figure', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it counted 1,500, a 20% increase.\n';
    assert.deepEqual(seen(text), [['percent-change', '20%', '50%']]);
  });

  it('is silent when the change is right', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it counted 1,500, a 50% increase.\n';
    assert.deepEqual(seen(text), []);
  });

  it('is silent when another verb gives the bare value', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it sold 1,500, a 20% increase.\n';
    assert.deepEqual(seen(text), []);
  });

  it('is silent when the later value counts something else', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it counted 1,500 members, a 20% increase.\n';
    assert.deepEqual(seen(text), []);
  });
});

describe('a percent of another whole is not the value of a percent measure named after it', () => {
  it('is silent on "10% of the aid conditional on on-time sailings"', () => {
    assert.deepEqual(portFindings('Make 10% of the aid conditional on on-time sailings at LKP in 2024.\n'), []);
  });

  it('still checks the measure\'s own value in the same structure', () => {
    assert.deepEqual(portFindings('LKP had on-time sailings of 10% in 2024.\n'), [['dataset-value', '10%', '88%']]);
  });

  it('still reads a percent of a whole the measure names', () => {
    assert.deepEqual(portFindings('In 2024, 80.0% of sailings at LKP were on-time sailings.\n').map(([rule, stated]) => [rule, stated]), [['dataset-value', '80.0%']]);
  });
});

describe('the whole a stated percent is taken of is no one member\'s count', () => {
  it('is silent on "its two ships are 8% of the fleet of 25"', () => {
    assert.deepEqual(portFindings('## Lakeport (LKP)\n\n- In 2025 its two ships are 8% of the monitored fleet of 25.\n'), []);
  });

  it('still checks the member\'s own count', () => {
    assert.deepEqual(portFindings('## Lakeport (LKP)\n\n- In 2025 LKP operated 5 ferries.\n'), [['dataset-value', '5', '2']]);
  });
});

describe('a list that splits one share of a whole sums to that share', () => {
  const list = (last: string) =>
    'Of the 2023 revenue, 61.1% came from harbour dues; the remaining 38.9% splits into:\n\n' +
    `- catering, 15.7%;\n- parking, 11.8%;\n- freight handling, ${last};\n- rents, 5.0%.\n`;
  const breakdown = (text: string) => seenFindings(engine, text, new Set(['breakdown-sum'])).map((f) => [f.rule, f.stated]);

  it('is silent when the items add up to the share they split', () => {
    assert.deepEqual(breakdown(list('6.4%')), []);
  });

  it('reports items that do not add up to it, against that share', () => {
    const findings = seenFindings(engine, list('9.4%'), new Set(['breakdown-sum']));
    assert.equal(findings.length, 1);
    const diagnostic = engine.check(list('9.4%')).diagnostics.find((d) => d.ruleId === 'breakdown-sum')!;
    assert.match(diagnostic.message, /sum to 41\.9%, not 38\.9%/);
  });
});

describe('a figure compared with a party named without its figure, stated earlier in the paragraph', () => {
  const compared = (text: string) => seenFindings(engine, text, new Set(['percent-change'])).map((f) => [f.stated, f.suggestion]);

  it('measures "some 36.6% more than Brevik" against the figure Brevik was given before', () => {
    assert.deepEqual(compared('Brevik handled 366 sailings. Lakeport handled 439, some 36.6% more than Brevik.\n'), [['36.6%', '19.9%']]);
  });

  it('measures a multiple of a subject and a base both named before', () => {
    const text = 'Lakeport handled 801 sailings and Brevik 366. Lakeport’s total was nearly four times that of Brevik.\n';
    assert.equal(compared(text).length, 1);
  });

  it('is silent when the comparison is right', () => {
    assert.deepEqual(compared('Brevik handled 366 sailings. Lakeport handled 439, some 19.9% more than Brevik.\n'), []);
  });

  it('is silent when the named party has two figures, or the comparison names a year the paragraph did not', () => {
    assert.deepEqual(compared('Brevik handled 366 sailings, and Brevik 380 crossings. Lakeport handled 439, some 36.6% more than Brevik.\n'), []);
    assert.deepEqual(compared('Brevik handled 366 sailings in 2015. Lakeport handled 439 in 2024, some 36.6% more than Brevik.\n'), []);
  });
});

// Round 18's dev drafts (all dev, written to find false readings) gave these; each is fixed by its structure.
describe('false readings of round 18, by structure', () => {
  const rules = (text: string, ids: string[]) => seenFindings(engine, text, new Set(ids)).map((f) => [f.rule, f.stated]);

  it('a table row of a code in capitals and a name ("SUM Šumava") is no Total row', () => {
    const table =
      '| Terminal | 2019 | 2024 |\n| --- | ---: | ---: |\n| LKP Lakeport | 765 | 860 |\n| BRV Brevik | 349 | 367 |\n| SUM Sumava | 199 | 225 |\n';
    assert.deepEqual(rules(table, ['total']), []);
    const totalled = '| Terminal | 2019 | 2024 |\n| --- | ---: | ---: |\n| LKP | 765 | 860 |\n| BRV | 349 | 367 |\n| SUM | 1,114 | 1,300 |\n';
    assert.deepEqual(rules(totalled, ['total']), [['total', '1,300']]);
  });

  it('the two ends of a range ("between USD 5.1 million and USD 16.4 million each") are no parts of a total', () => {
    assert.deepEqual(rules('The five depots received between USD 5.1 million (Lakeport) and USD 16.4 million (Brevik) each in 2025, USD 55.6 million in all.\n', ['total']), []);
    assert.deepEqual(rules('The depots received between 51 and 164 visits, 556 in all.\n', ['total']), []);
    assert.deepEqual(rules('The depots received 51 and 164 visits, 556 in all.\n', ['total']), [['total', '556']]);
  });

  it('a change after "every year since," starts before its sentence, not at the first figure of the sentence', () => {
    const text = 'Losses had been 22.1% of supply in 2016. They have fallen every year since, to 14.1% in 2024 and 13.4% in 2025, a reduction of 8.7 percentage points over the period.\n';
    assert.deepEqual(rules(text, ['percent-change']), []);
    assert.deepEqual(rules('Losses were 14.1% in 2024 and 13.4% in 2025, a reduction of 8.7 percentage points.\n', ['percent-change']), [['percent-change', '8.7']]);
  });
});

describe('ranks: "first reached" and places an edition does not cover', () => {
  const ranked = createEngine({
    dataset: datasetOf({
      'index.json': {
        sources: [{ id: 'fti', title: 'Ferry Terminal Index', publisher: 'Made-up Ferry Observatory', year: 2025 }],
        entities: [
          { id: 'lkp', name: 'Lakeport Ferry Terminal', aliases: ['LKP'], kind: 'research-institute', country: 'Norway' },
          { id: 'brv', name: 'Brevik Ferry Terminal', aliases: ['BRV'], kind: 'research-institute', country: 'Norway' },
        ],
        metrics: [],
        observations: [],
        rankings: [
          {
            id: 'fti',
            label: 'Ferry Terminal Index',
            phrases: ['Ferry Terminal Index', 'FTI'],
            editions: [
              ...[2017, 2018, 2019].map((year) => ({ year, method: 'standard', coverage: 1, source: 'fti', ranks: [{ entity: 'brv', rank: 1 }] })),
              ...[2020, 2021, 2022].map((year) => ({ year, method: 'standard', source: 'fti', ranks: [{ entity: 'brv', rank: 1 }, { entity: 'lkp', rank: 3 }] })),
            ],
          },
        ],
      },
    }),
  });
  const ranks = (text: string) => seenFindings(ranked, text, new Set(['rank', 'rank-years'])).map((f) => [f.rule, f.stated, f.fix ?? null]);

  it('"first reached the top three in 2022, when it came third" claims no first place', () => {
    assert.deepEqual(ranks('In the FTI, LKP first reached the top three in 2022, when it came third.\n'), []);
    assert.deepEqual(ranks('In the FTI, LKP was third in the 2021 edition and first reached the top three in 2020.\n'), []);
    assert.deepEqual(ranks('In the 2022 FTI, LKP came first.\n').map(([rule, stated]) => [rule, stated]), [['rank', 'first']]);
  });

  it('a place below what an edition lists is not known to be wrong there', () => {
    assert.deepEqual(ranks('In the FTI, LKP was fourth in each edition from 2017 to 2019.\n'), []);
    assert.equal(ranks('In the FTI, LKP was fourth in each edition from 2020 to 2022.\n').length, 1);
  });
});

describe('parts in brackets after their names, then a total', () => {
  const totals = (text: string) => seenFindings(engine, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

  it('adds "Lakeport (24 berths) and Brevik (22) together hold 51" and suggests the sum', () => {
    assert.deepEqual(totals('Lakeport (24 berths) and Brevik (22) together hold 51 of the 120 berths on the coast.\n'), [['51', '46']]);
    assert.deepEqual(totals('Lakeport (24), Brevik (22) and Moss (7) together account for 58 of the places.\n'), [['58', '53']]);
  });

  it('is silent when the sum holds, when the total is hedged, or without a total word', () => {
    assert.deepEqual(totals('Lakeport (24 berths) and Brevik (22) together hold 46 of the 120 berths.\n'), []);
    assert.deepEqual(totals('Lakeport (24 berths) and Brevik (22) together hold about 51 of the 120 berths.\n'), []);
    assert.deepEqual(totals('Lakeport (24 berths) and Brevik (22) hold 51 of the 120 berths.\n'), []);
  });
});

describe('two shares that deny different things are no two-way split', () => {
  const splits = (text: string) => seenFindings(engine, text, new Set(['breakdown-sum'])).map((f) => f.stated);

  it('is silent on "21.4% closed with an overrun, and 35.0% had no signed budget"', () => {
    assert.deepEqual(splits('The audit covered 14 depots. Three of them (21.4%) closed with an overrun, and 35.0% had no signed budget.\n'), []);
  });

  it('still checks "62% had a partner abroad and 28% had none" and "… had no partner abroad"', () => {
    assert.equal(splits('Of the firms, 62% had a partner abroad and 28% had none.\n').length, 1);
    assert.equal(splits('Of the firms, 62% had a partner abroad and 28% had no partner abroad.\n').length, 1);
  });
});

describe('granularity: a whole of collective staff, and the whole of the share before', () => {
  const impossible = (text: string) => seenFindings(engine, text, new Set(['granularity'])).map((f) => f.stated);

  it('reads "of its 58 staff, 37.5% …" after a colon', () => {
    assert.deepEqual(impossible('- Brevik, not shown: of its 58 staff, 37.5% work in visitor-facing roles.\n'), ['37.5%']);
    assert.deepEqual(impossible('- Brevik, not shown: of its 58 staff, 37.9% work in visitor-facing roles.\n'), []);
  });

  it('reads "9 of the 22 (40.9%) were …, and 45.0% were …" as a percent of the 22', () => {
    assert.deepEqual(impossible('The depot says that 9 of the 22 (40.9%) were screening studies, and 45.0% were sponsored by industry.\n'), ['45.0%']);
    assert.deepEqual(impossible('The depot says that 9 of the 22 (40.9%) were screening studies, and 45.5% were sponsored by industry.\n'), []);
  });
});

describe('multiples spelled beyond ten', () => {
  it('reads "more than fifteenfold" as more than ×15', () => {
    const text = 'Grant income at Lakeport has risen more than fifteenfold since 2016, from EUR 1.1 million to EUR 15.6 million in 2025.\n';
    assert.deepEqual(seen(text).map(([rule, stated]) => [rule, stated]), [['percent-change', 'more than fifteenfold']]);
    assert.deepEqual(seen(text.replace('fifteenfold', 'fourteenfold')), []);
  });
});

describe('a table naming its measure once, over the first of two adjacent year columns', () => {
  const table = (change: string, rate: string) =>
    `| Depot | Sailings 2015 | 2024 | Change | CAGR 2015–24 |\n| --- | ---: | ---: | ---: | ---: |\n| Lakeport | 287 | 638 | ${change} | ${rate} |\n| Brevik | 165 | 201 | +21.8% | 2.2% |\n`;
  const rows = (text: string) => seenFindings(engine, text, new Set(['percent-change', 'cagr'])).map((f) => [f.rule, f.stated]);

  it('checks the change and CAGR columns against "Sailings 2015 | 2024"', () => {
    assert.deepEqual(rows(table('+112%', '11.6%')), [['percent-change', '+112%'], ['cagr', '11.6%']]);
    assert.deepEqual(rows(table('+122%', '9.3%')), []);
  });
});

describe('a caption whose brackets say what the cells count', () => {
  const depots = createEngine({
    dataset: datasetOf({
      'sailings.json': {
        sources: [{ id: 'fsr', title: 'Ferry Sailing Returns', publisher: 'Made-up Ferry Observatory', year: 2025 }],
        entities: [
          { id: 'lkp', name: 'Lakeport Ferry Terminal', aliases: ['LKP'], kind: 'research-institute', country: 'Norway' },
          { id: 'brv', name: 'Brevik Ferry Terminal', aliases: ['BRV'], kind: 'research-institute', country: 'Norway' },
        ],
        metrics: [{ id: 'passengers', label: 'Passengers, thousands', unit: 'count', scale: 'thousand', phrases: ['passengers'] }],
        observations: [
          { entity: 'lkp', metric: 'passengers', year: 2019, value: 765, source: 'fsr' },
          { entity: 'lkp', metric: 'passengers', year: 2023, value: 819, source: 'fsr' },
          { entity: 'lkp', metric: 'passengers', year: 2024, value: 860, source: 'fsr' },
          { entity: 'brv', metric: 'passengers', year: 2019, value: 199, source: 'fsr' },
          { entity: 'brv', metric: 'passengers', year: 2023, value: 225, source: 'fsr' },
          { entity: 'brv', metric: 'passengers', year: 2024, value: 243, source: 'fsr' },
        ],
        rankings: [],
      },
    }),
  });
  const table = (cell: string, change: string) =>
    '**Table 1. Passenger growth, two terminals (passengers in thousands)**\n\n| Terminal | 2019 | 2024 | Change 2019–24 |\n| --- | ---: | ---: | ---: |\n' +
    `| LKP | 765 | 860 | +12.4% |\n| BRV | 199 | ${cell} | ${change} |\n`;
  const found = (text: string) => seenFindings(depots, text, new Set(['dataset-value', 'percent-change'])).map((f) => [f.rule, f.stated]);

  it('reads the cells as the measure of the note, so a value copied from another year is the error, not the change', () => {
    assert.deepEqual(found(table('225', '+22.1%')), [['dataset-value', '225']]);
    assert.deepEqual(found(table('243', '+22.1%')), []);
  });
});
