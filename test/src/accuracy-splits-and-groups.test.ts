// Readings of changes, rates, shares and totals whose parts stand around the claim rather than in one fixed phrase: a
// later value with words of its own before its year ("…, up 39.1% on the 390 of 2020"), a list's sum said after it ("That
// is a total of …"), a whole split after a colon into labelled parts with bracketed shares, a clause that only names the
// rate after a semicolon ("; CAGR 11.6%"), and groups of museums, galleries or airports whose facts the dataset holds
// in thousands (rounded, so a suggestion, never a certain fix). Made-up figures throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const plain = createEngine({ dataset: datasetOf({}) });
const seen = (text: string, rules: string[], engine = plain) => seenFindings(engine, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a later value with words of its own before its year', () => {
  it('reads the change against the earlier value after it', () => {
    assert.deepEqual(seen('The clinic treated 640 adults and teenagers at both sites in 2025, up 39.1% on the 390 of 2020.\n', ['percent-change']), [['percent-change', '39.1%', null, '64.1%']]);
  });
  it('is silent when the change is right', () => {
    assert.deepEqual(seen('The clinic treated 640 adults and teenagers at both sites in 2025, up 64.1% on the 390 of 2020.\n', ['percent-change']), []);
  });
});

describe('a list whose sum the sentence after it states', () => {
  const list = (total: string) => `Grants paid by year:\n\n- 2021: EUR 12.4 million\n- 2022: EUR 15.1 million\n- 2023: EUR 16.0 million\n\nThat is a total of EUR ${total} million over the three years.\n`;
  it('reports a sum that the items do not give', () => {
    assert.deepEqual(seen(list('34.5'), ['total']).map(([rule, stated]) => [rule, stated]), [['total', 'EUR 34.5 million']]);
  });
  it('is silent on the right sum', () => {
    assert.deepEqual(seen(list('43.5'), ['total']), []);
  });
});

describe('a whole split after a colon into labelled parts', () => {
  it('checks each bracketed share against the whole the parts add up to', () => {
    assert.deepEqual(seen('The two depots served 410 routes in 2025: Harbour 262 (58.4%) and Upland 148.\n', ['share']), [['share', '58.4%', null, '63.9%']]);
  });
  it('is silent on right shares, and when the parts do not add up to the figure before the colon', () => {
    for (const text of [
      'The two depots served 410 routes in 2025: Harbour 262 (63.9%) and Upland 148 (36.1%).\n',
      'The network has 500 routes: Harbour 262 (58.4%) and Upland 148.\n',
    ]) assert.deepEqual(seen(text, ['share']), [], text);
  });
});

describe('a clause that only names the rate after a semicolon', () => {
  it('reads the rate against the statement before it', () => {
    assert.deepEqual(seen('- Depot trips: 120 → 260 (2016 → 2025), more than doubled; CAGR 10.4%.\n', ['cagr']), [['cagr', '10.4%', null, '9.0%']]);
  });
  it('is silent on a right rate, and on a clause that names another subject', () => {
    for (const text of ['- Depot trips: 120 → 260 (2016 → 2025), more than doubled; CAGR 9.0%.\n', '- Depot trips: 120 → 260 (2016 → 2025); Upland 10.4%.\n']) assert.deepEqual(seen(text, ['cagr']), [], text);
  });
});

describe('a group of museums whose visits the dataset holds in thousands', () => {
  const SOURCES = [{ id: 'mvr', title: 'Museum Visits Return', publisher: 'Made-up Heritage Office', year: 2026 }];
  const MUSEUMS = [
    { id: 'rvm', name: 'Riverside Museum', aliases: ['RVM'], kind: 'research-institute' },
    { id: 'hlg', name: 'Hill Gallery', aliases: ['HLG'], kind: 'research-institute' },
    { id: 'tcm', name: 'Tower Clock Museum', aliases: ['TCM'], kind: 'research-institute' },
  ];
  const engine = createEngine({
    dataset: datasetOf({
      'museums.json': {
        sources: SOURCES,
        entities: MUSEUMS,
        metrics: [{ id: 'visits', label: 'Visits in the year', unit: 'count', scale: 'thousand', phrases: ['visits', 'visitors'] }],
        observations: [
          ['rvm', 412],
          ['hlg', 236],
          ['tcm', 152],
        ].map(([entity, value]) => ({ entity, metric: 'visits', year: 2025, value, source: 'mvr' })),
      },
    }),
  });
  it('checks a member’s share of the three museums’ visits, with a suggestion only', () => {
    assert.deepEqual(seen('In 2025 RVM accounted for 58.0% of all visits to the three museums.\n', ['share'], engine), [['share', '58.0%', null, '51.5%']]);
    assert.deepEqual(seen('In 2025 RVM accounted for 51.5% of all visits to the three museums.\n', ['share'], engine), []);
  });
  it('sums the group’s rounded facts as a suggestion, never a certain fix', () => {
    assert.deepEqual(seen('The three museums received 830,000 visits in 2025.\n', ['total'], engine), [['total', '830,000', null, '800,000']]);
    assert.deepEqual(seen('The three museums received 800,000 visits in 2025.\n', ['total'], engine), []);
  });
});

describe('a change column headed by two of several year columns', () => {
  const table = (change: string, lastRow = '| Harbour | 455 | 478 | 491 | +7.9% |') => `| Depot | 2019 | 2024 | 2025 | 2025 vs 2019 |\n| --- | ---: | ---: | ---: | ---: |\n${lastRow}\n| Upland | 631 | 768 | 805 | ${change} |\n`;
  it('measures each row from the column of the first year to the column of the second', () => {
    assert.deepEqual(seen(table('+21.6%'), ['percent-change']).map(([rule, stated, , suggestion]) => [rule, stated, suggestion]), [['percent-change', '+21.6%', '+27.6%']]);
  });
  it('is silent on right changes, and on a row whose endpoint repeats another year’s cell', () => {
    assert.deepEqual(seen(table('+27.6%'), ['percent-change']), []);
    assert.deepEqual(seen(table('+27.6%', '| Harbour | 182 | 214 | 214 | +24.2% |'), ['percent-change']), []);
  });
});

describe('two dated values and their change, beside a percent of another clause', () => {
  it('reads the change of the values’ clause', () => {
    assert.deepEqual(seen('From 152 thousand riders in 2015 the line has grown by 37.4% to 243 thousand in 2024, and it added 8.0% in the last year alone.\n', ['percent-change']).map(([rule, stated]) => [rule, stated]), [['percent-change', '37.4%']]);
  });
});

describe('a part whose year stands before the verb that gives its share', () => {
  it('reads "came to" like "amounted to"', () => {
    assert.deepEqual(seen('The depot’s EU grants of EUR 2.4 million in 2024 came to 31.2% of its EUR 11.3 million budget.\n', ['share']), [['share', '31.2%', null, '21.2%']]);
    assert.deepEqual(seen('The depot’s EU grants of EUR 2.4 million in 2024 came to 21.2% of its EUR 11.3 million budget.\n', ['share']), []);
  });
});

describe('a table of baselines, targets and actuals', () => {
  const table = (change: string, attained: string) => `| Indicator | Baseline | Target | Actual | Change vs baseline | Achieved (% of target) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| Depots | 40 | 52 | 55 | +37.5% | 105.8% |\n| Routes | 1,221 | 1,650 | 1,735 | ${change} | ${attained} |\n`;
  it('measures the change from the baseline column to the actual one, and attainment as actual over target (past 100% too)', () => {
    assert.deepEqual(seen(table('+29.6%', '95.1%'), ['percent-change', 'share']).map(([rule, stated, , suggestion]) => [rule, stated, suggestion]), [
      ['percent-change', '+29.6%', '+42.1%'],
      ['share', '95.1%', '105.2%'],
    ]);
  });
  it('is silent when both columns are right', () => {
    assert.deepEqual(seen(table('+42.1%', '105.2%'), ['percent-change', 'share']), []);
  });
});

describe('a row labelled with a bare code that reads like a total word', () => {
  it('takes the later "Total" row as the whole of a share column', () => {
    const table = '| Airport | Freight (t) | Share of total (%) |\n| --- | ---: | ---: |\n| OPO | 2,596 | 49.0 |\n| SUM | 418 | 7.3 |\n| BRN | 2,700 | 47.3 |\n| Total | 5,714 | 100.0 |\n';
    assert.deepEqual(seen(table, ['share']).map(([rule, stated]) => [rule, stated]), [['share', '49.0']]);
  });
});

describe('a ratio column whose header names its part and whole columns', () => {
  const table = (stm: string) => `| Operator | Revenue | Capex | Capex (% of revenue) |\n| --- | ---: | ---: | ---: |\n| North | 2,308.7 | 461.3 | 20.0 |\n| South | 702.4 | 162.5 | 23.1 |\n| West | 453.6 | 87.3 | ${stm} |\n`;
  it('divides each row’s part by its own whole, and no breakdown of 100% is asked of the column', () => {
    assert.deepEqual(seen(table('14.7'), ['share', 'breakdown-sum']).map(([rule, stated, , suggestion]) => [rule, stated, suggestion]), [['share', '14.7', '19.2']]);
  });
  it('is silent when every ratio holds', () => {
    assert.deepEqual(seen(table('19.2'), ['share', 'breakdown-sum']), []);
  });
});
