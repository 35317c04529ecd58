// Change, rate and formula phrasing families (acc-change): each reading with findings and look-alikes that stay silent, in made-up domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, loadDefaultDataset, seenFindings, type SeenFinding, table } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr', 'formula']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

describe('a table change column whose header gives the unit as percent', () => {
  it('reads "+54.3" under "Change (%)" as a percent change, never as a difference', () => {
    assert.deepEqual(findings(table('Orchard | 2016 | 2024 | Change (%)', 'North | 2,421 | 3,735 | +54.3', 'South | 335 | 315 | −6.0')), []);
  });
  it('finds and fixes a wrong percent under "Growth, %" and "% change"', () => {
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | Growth, %', 'Harbour A | 400 | 500 | +20.0', 'Harbour B | 200 | 180 | −10.0')), [
      { rule: 'percent-change', stated: '+20.0', suggestion: '+25.0' },
    ]);
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | % change', 'Harbour A | 400 | 500 | +25.0', 'Harbour B | 200 | 180 | −8.0')), [
      { rule: 'percent-change', stated: '−8.0', suggestion: '−10.0' },
    ]);
  });
  it('keeps a header without a percent unit reading signed plain cells as differences', () => {
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | Change', 'Harbour A | 400 | 500 | +100', 'Harbour B | 200 | 180 | −30')), [
      { rule: 'percent-change', stated: '−30', suggestion: '−20' },
    ]);
  });
  it('reads a plain cell under "CAGR (%)" as a rate', () => {
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | CAGR (%)', 'Harbour A | 400 | 500 | 5.7', 'Harbour B | 200 | 180 | −3.0')), [
      { rule: 'cagr', stated: '−3.0', suggestion: '−2.6' },
    ]);
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | CAGR', 'Harbour A | 400 | 500 | 5.7', 'Harbour B | 200 | 180 | −3.0')), []);
  });
  it('stays silent on a plain "(%)" change between two percentages (points or percent: no certain reading)', () => {
    assert.deepEqual(findings(table('Region | Share 2016 (%) | Share 2024 (%) | Change (%)', 'Coast | 40.0% | 50.0% | +10.0', 'Hills | 20.0% | 30.0% | +50.0')), []);
  });
  it('checks a year-by-year column headed "Change on previous year (%)"', () => {
    assert.deepEqual(findings(table('Year | Bridges inspected | Change on previous year (%)', '2020 | 80 | —', '2021 | 100 | +25.0', '2022 | 90 | −12.0')), [
      { rule: 'percent-change', stated: '−12.0', suggestion: '−10.0' },
    ]);
  });
});

const hives = datasetOf({
  'coops.json': {
    sources: [{ id: 'apiary-census', title: 'Made-up Apiary Census 2025', publisher: 'Made-up Beekeepers Board', year: 2025 }],
    entities: [
      { id: 'mhc', name: 'Meadowhill Cooperative', aliases: ['MHC'], kind: 'organisation' },
      { id: 'rvb', name: 'Riverbend Beekeepers', aliases: ['RVB'], kind: 'organisation' },
    ],
    metrics: [
      { id: 'hives', label: 'Managed hives', unit: 'count', phrases: ['managed hives', 'hives', 'colonies'] },
      { id: 'export-share', label: 'Export share', unit: 'percent', phrases: ['export share'] },
    ],
    observations: [
      { entity: 'mhc', metric: 'hives', year: 2016, value: 250, source: 'apiary-census' },
      { entity: 'mhc', metric: 'hives', year: 2024, value: 400, source: 'apiary-census' },
      { entity: 'rvb', metric: 'hives', year: 2016, value: 500, source: 'apiary-census' },
      { entity: 'rvb', metric: 'hives', year: 2024, value: 400, source: 'apiary-census' },
      { entity: 'mhc', metric: 'export-share', year: 2016, value: 20, source: 'apiary-census' },
      { entity: 'mhc', metric: 'export-share', year: 2024, value: 30, source: 'apiary-census' },
    ],
  },
});
const hiveEngine = createEngine({ dataset: hives });
const hiveFindings = (text: string): SeenFinding[] => seenFindings(hiveEngine, text, RULES);

describe('a change stated without endpoints, measured on the dataset of the one entity and metric named', () => {
  it('finds a wrong "rose by X% between Y1 and Y2", with a suggestion only', () => {
    assert.deepEqual(hiveFindings("MHC's managed hives rose by 45% between 2016 and 2024.\n"), [
      { rule: 'percent-change', stated: '45%', suggestion: '60%' },
    ]);
    assert.deepEqual(hiveFindings('Riverbend Beekeepers saw its colonies fall by 25% from 2016 to 2024, to 400 hives.\n'), [
      { rule: 'percent-change', stated: '25%', suggestion: '20%' },
    ]);
  });
  it('passes a right change, up or down', () => {
    assert.deepEqual(hiveFindings("MHC's managed hives rose by 60% between 2016 and 2024.\n"), []);
    assert.deepEqual(hiveFindings('RVB colonies were down 20% over 2016–2024.\n'), []);
  });
  it('stays silent on look-alikes: two entities, a percent metric, a comparison, another figure, no period', () => {
    assert.deepEqual(hiveFindings('MHC and RVB managed hives rose by 45% between 2016 and 2024.\n'), []);
    assert.deepEqual(hiveFindings("MHC's export share rose by 45% between 2016 and 2024.\n"), []);
    assert.deepEqual(hiveFindings("MHC's managed hives rose by 45% more than the region's between 2016 and 2024.\n"), []);
    assert.deepEqual(hiveFindings("MHC's managed hives rose by 45% between 2016 and 2024, to 380.\n"), []);
    assert.deepEqual(hiveFindings("MHC's managed hives rose by 45% in 2024.\n"), []);
  });
});

describe('an annual rate stated without endpoints, measured on the dataset', () => {
  it('finds a wrong "X% a year between Y1 and Y2", with a suggestion only', () => {
    // 250 → 400 over 8 years: 6.05% a year (a simple average would say 7.5%).
    assert.deepEqual(hiveFindings("MHC's managed hives grew 7.5% a year between 2016 and 2024.\n"), [
      { rule: 'cagr', stated: '7.5%', suggestion: '6.1%' },
    ]);
    assert.deepEqual(hiveFindings("MHC's managed hives grew 6.1% a year between 2016 and 2024.\n"), []);
  });
  it('never reads the annual rate as a total change, nor a total change as a rate', () => {
    assert.deepEqual(hiveFindings("MHC's managed hives grew by 60% between 2016 and 2024, or 6.1% a year.\n"), []);
    assert.deepEqual(hiveFindings("MHC's managed hives grew 60% a year between 2016 and 2024.\n"), [
      { rule: 'cagr', stated: '60%', suggestion: '6%' },
    ]);
  });
});

describe('a sentence that speaks of the one statement of the sentence before', () => {
  it('reads a rate after a lead-in and "that is"', () => {
    assert.deepEqual(findings('Harbour tolls rose from 40 million in 2014 to 64 million in 2022.\n\nMeasured as a compound rate, that is growth of 7.5% a year.\n'), [
      { rule: 'cagr', stated: '7.5%', suggestion: '6.1%' },
    ]);
    assert.deepEqual(findings('Harbour tolls rose from 40 million in 2014 to 64 million in 2022. Compounded, that is growth of 6.1% a year.\n'), []);
  });
  it('reads a change after the subject repeated and "thus"', () => {
    assert.deepEqual(findings('Total lighthouse visits rose from 500 in 2018 to 800 in 2023. Total visits thus grew by 37.5% over the period.\n'), [
      { rule: 'percent-change', stated: '37.5%', suggestion: '60.0%' },
    ]);
    assert.deepEqual(findings('Total lighthouse visits rose from 500 in 2018 to 800 in 2023. Visits therefore increased by 60% over the period.\n'), []);
  });
  it('stays silent when the subject is another, or the sentence holds figures of its own', () => {
    assert.deepEqual(findings('Total lighthouse visits rose from 500 in 2018 to 800 in 2023. Museum tickets thus grew by 37.5% over the period.\n'), []);
    assert.deepEqual(findings('Total lighthouse visits rose from 500 in 2018 to 800 in 2023. Visits thus grew by 37.5%, to 690 guided tours.\n'), []);
    assert.deepEqual(findings('Total lighthouse visits rose from 500 in 2018 to 800 in 2023. As a result, ferry sales grew 7.5% a year.\n'), []);
  });
});

describe('a change before, between or after its endpoints in other layouts', () => {
  it('reads years in brackets after each endpoint', () => {
    assert.deepEqual(findings('Glacier huts rose from 40 (2012) to 52 (2020), a rise of 35 per cent.\n'), [
      { rule: 'percent-change', stated: '35 per cent', suggestion: '30 per cent' },
    ]);
    assert.deepEqual(findings('Glacier huts rose from 40 (2012) to 52 (2020), a compound 3.3% a year.\n'), []);
    assert.deepEqual(findings('Glacier huts rose from 40 (2012) to 52 (2020), a compound 4.3% a year.\n'), [
      { rule: 'cagr', stated: '4.3%', suggestion: '3.3%' },
    ]);
  });
  it('reads "B in Y2, up X% from A in Y1" and "…, a X% increase on the A of Y1"', () => {
    assert.deepEqual(findings('Orchard yields reached 90 tonnes in 2021, up 25% from 72 tonnes in 2017.\n'), []);
    assert.deepEqual(findings('Orchard yields reached 90 tonnes in 2021, up 20% from 72 tonnes in 2017.\n'), [
      { rule: 'percent-change', stated: '20%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('The kennels housed 45 dogs in 2023, a 50% increase on the 36 of 2019.\n'), [
      { rule: 'percent-change', stated: '50%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('The kennels housed 27 dogs in 2023, down 25% from 36 in 2019.\n'), []);
  });
  it('reads "rose X% to B in Y2, from A in Y1" and "climbed X% (A → B)"', () => {
    assert.deepEqual(findings('Tram riders rose 30% to 520 in 2022, from 400 in 2018.\n'), []);
    assert.deepEqual(findings('Tram riders rose 25% to 520 in 2022, from 400 in 2018.\n'), [
      { rule: 'percent-change', stated: '25%', suggestion: '30%' },
    ]);
    assert.deepEqual(findings('Tram riders climbed 25% (400 → 520) between 2018 and 2022.\n'), [
      { rule: 'percent-change', stated: '25%', suggestion: '30%' },
    ]);
  });
  it('stays silent on look-alikes: another base, a figure of another unit, a comparison', () => {
    assert.deepEqual(findings('Orchard yields reached 90 tonnes in 2021, up 20% from the regional average.\n'), []);
    assert.deepEqual(findings('Orchard yields reached 90 tonnes in 2021, up 20% from 72 hectares planted in 2017.\n').filter((f) => f.fix), []);
    assert.deepEqual(findings('Tram riders rose 25% to 520 in 2022, while buses carried 400 in 2018.\n'), []);
  });
});

describe('a total that names how many parts it has', () => {
  it('is not checked against fewer statements before it', () => {
    const text = 'The northern dairy grew from 120 to 180 cows over the decade. The hill dairy had 60 cows in 2015 and 70 in 2025.\n\nTaken together, the four dairies kept 610 cows in 2025, up 22% on the 500 of 2015.\n';
    assert.deepEqual(seenFindings(engine, text, new Set(['total'])), []);
  });
});

describe('a change whose other endpoint stands in the sentence before', () => {
  it('reads "… were A in Y1. By Y2 they had risen to B, an increase of X%", with a suggestion only', () => {
    assert.deepEqual(findings('Lifeboat launches were 200 in 2015. By 2020 they had risen to 250, an increase of 30%.\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('Lifeboat launches were 200 in 2015. By 2020 launches had risen to 250, an increase of 25%.\n'), []);
  });
  it('reads "… B in Y2. … up X% from A in Y1" and an annual rate, with a suggestion only', () => {
    assert.deepEqual(findings('The mill ground 800 tonnes in 2025. Over the decade the mill is up 58.7% from 538 tonnes in 2016.\n'), [
      { rule: 'percent-change', stated: '58.7%', suggestion: '48.7%' },
    ]);
    assert.deepEqual(findings('The mill ground 538 tonnes in 2016. By 2025 the mill had reached 800 tonnes, or 5.5% a year.\n'), [
      { rule: 'cagr', stated: '5.5%', suggestion: '4.5%' },
    ]);
  });
  it('stays silent when the subject, the unit or the order differ, or either sentence holds more figures', () => {
    assert.deepEqual(findings('Lifeboat launches were 200 in 2015. By 2020 harbour fees had risen to 250, an increase of 30%.\n'), []);
    assert.deepEqual(findings('Lifeboat launches were 200 in 2015. By 2020 Kestrel Lines ran 250 ferries, an increase of 30%.\n'), []);
    assert.deepEqual(findings('Lifeboat launches were 200 in 2020. By 2015 they had risen to 250, an increase of 30%.\n'), []);
    assert.deepEqual(findings('Lifeboat launches were 200 in 2015 and 230 in 2017. By 2020 they had risen to 250, an increase of 30%.\n'), []);
    assert.deepEqual(findings('Lifeboat launches were 200 in 2015. By 2020 they had risen to 250 crews, an increase of 30%.\n'), []);
  });
});

describe('a change named after its statement with "or", with its difference, or in a bracket after it', () => {
  it('reads "…, or X%" and "…, an increase of N units or X%"', () => {
    assert.deepEqual(findings('Kiln firings rose from 120 in 2016 to 150 in 2021, or 30%.\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('Kiln firings rose from 120 in 2016 to 150 in 2021, an increase of 30 firings or 30%.\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('Kiln firings rose from 120 in 2016 to 150 in 2021, an increase of 40 firings or 25%.\n'), [
      { rule: 'percent-change', stated: '40', suggestion: '30' },
    ]);
    assert.deepEqual(findings('Kiln firings rose from 120 in 2016 to 150 in 2021, an increase of 30 firings or 25%.\n'), []);
  });
  it('reads "grew by X% over five years (A in Y1, B in Y2)" and "rose to B in Y2 from A in Y1, a X% increase"', () => {
    assert.deepEqual(findings('Kiln firings grew by 30% over five years (120 in 2016, 150 in 2021).\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('Kiln firings rose to 150 in 2021 from 120 in 2016, a 30% increase.\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '25%' },
    ]);
  });
  it('stays silent on a share or another count after "or"', () => {
    assert.deepEqual(findings('Kiln firings rose from 120 in 2016 to 150 in 2021, or 30% of the county total.\n'), []);
    assert.deepEqual(findings('Kiln firings rose from 120 in 2016 to 150 in 2021, an increase of 30 firings and 40 new moulds.\n'), []);
    assert.deepEqual(findings('Kiln firings grew by 30% over five years (the county had 120 kilns in 2016).\n'), []);
  });
});

describe('a change formula written in other words', () => {
  const formulas = (text: string) => seenFindings(engine, text, new Set(['formula'])).map((f) => f.stated);
  it('reads "is measured/was calculated/derived as", "Change (%) =", names V1/V2 and year-indexed names', () => {
    assert.deepEqual(formulas('Growth is measured as (new − old) / new × 100.\n'), ['(new − old) / new × 100']);
    assert.deepEqual(formulas('Percentage change is defined as (V2 − V1) / V2 × 100.\n'), ['(V2 − V1) / V2 × 100']);
    assert.deepEqual(formulas('Change (%) = 100 × (current − previous) / current.\n'), ['100 × (current − previous) / current']);
    assert.deepEqual(formulas('The growth rate was calculated as $(x_{2024} - x_{2015}) / x_{2024}$.\n'), ['$(x_{2024} - x_{2015}) / x_{2024}$']);
  });
  it('passes the right formulas in the same words', () => {
    assert.deepEqual(formulas('Growth is measured as (new − old) / old × 100.\n'), []);
    assert.deepEqual(formulas('Percentage change is defined as (V2 − V1) / V1 × 100.\n'), []);
    assert.deepEqual(formulas('Change (%) = 100 × (current − previous) / previous.\n'), []);
    assert.deepEqual(formulas('The growth rate was calculated as $(x_{2024} - x_{2015}) / x_{2015}$.\n'), []);
  });
  it('stays silent on a ratio of other quantities', () => {
    assert.deepEqual(formulas('Growth is measured as output / staff.\n'), []);
    assert.deepEqual(formulas('Yield was calculated as (harvest − seed) / area.\n'), []);
  });
});
