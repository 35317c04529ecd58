// Changes and annual rates on drafts by other authors (acc-chg10): each reading with sentences of our own in other words
// that it must flag, and look-alikes (other subjects, years, measures, a counterfactual, a forecast, rounded endpoints)
// that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const RULES = new Set(['percent-change', 'cagr']);
const bare = createEngine({ dataset: labSurvey() });
const seen = (text: string) => seenFindings(bare, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);
// Tembo's papers: 40 (2016) → 90 (2025), +125%, 9.4% a year; Nyota's 50 → 55, +10%, 1.1% a year; Tembo's budget:
// USD 5.6 million (2016) → 2.7 million (2022), −51.8%.
const labs = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'output'] },
      { id: 'budget', label: 'Budget', unit: 'currency', currency: 'USD', scale: 'million', phrases: ['budget', 'budgets'] },
    ],
    observations: [
      { entity: 'tembo', metric: 'papers', year: 2016, value: 40, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2025, value: 90, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2016, value: 50, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2025, value: 55, source: 'survey' },
      { entity: 'tembo', metric: 'budget', year: 2016, value: 5.6, source: 'survey' },
      { entity: 'tembo', metric: 'budget', year: 2022, value: 2.7, source: 'survey' },
    ],
  }),
});
const said = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);

describe('a percent, then its base with the base year between ("57.1% above its 2020 level of USD 0.21")', () => {
  it('reads a currency code on the figures as no second name of the sentence', () => {
    assert.deepEqual(seen('Fares in Harbourton reached USD 0.33 in 2025, 67.1% above their 2020 level of USD 0.21.\n'), [['percent-change', '67.1%', '57.1%']]);
    assert.deepEqual(seen('Water rates in Lakeside rose to EUR 1.45 in 2024, 31% higher than the 2019 level of EUR 1.16.\n'), [['percent-change', '31%', '25%']]);
    assert.deepEqual(seen('Fares in Harbourton reached USD 0.33 in 2025, 57.1% above their 2020 level of USD 0.21.\n'), []);
    assert.deepEqual(seen('Water rates in Lakeside rose to EUR 1.45 in 2024, 25% higher than the 2019 level of EUR 1.16.\n'), []);
  });
  it('stays silent with two places, two currencies, a forecast or a counterfactual', () => {
    assert.deepEqual(seen('Fares in Harbourton reached USD 0.33 in 2025, 67.1% above the Riverton 2020 level of USD 0.21.\n'), []);
    assert.deepEqual(seen('Fares in Harbourton reached USD 0.33 in 2025, 67.1% above their 2020 level of EUR 0.21.\n'), []);
    assert.deepEqual(seen('Fares in Harbourton are expected to reach USD 0.33 in 2027, 67.1% above their 2020 level of USD 0.21.\n'), []);
    assert.deepEqual(seen('Fares in Harbourton would have reached USD 0.33 in 2025, 67.1% above their 2020 level of USD 0.21.\n'), []);
  });
});

describe('a rate over a stated length with no year ("from 473 papers to 902, or 8.4% a year over nine years")', () => {
  it('judges the rate on the stated length, with a suggestion only', () => {
    // 76 → 181: 9.1% a year over ten steps, 10.1% over nine.
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 11.6% a year over ten years.\n'), [['cagr', '11.6%', '9.1%']]);
    assert.deepEqual(seen('Across the whole decade the ferry’s crossings climbed from 76 to 181, a compound 7.5% a year.\n'), [['cagr', '7.5%', '9.1%']]);
    assert.deepEqual(seen('Membership shrank from 181 to 76 over nine years, a compound annual decline of 11.6%.\n'), [['cagr', '11.6%', '9.2%']]);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181 in ten years, or 11.6% a year.\n'), [['cagr', '11.6%', '9.1%']]);
  });
  it('passes the right rate, a decade of nine or ten steps, and rounded endpoints at their precision; flags eight steps for nine years', () => {
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 9.1% a year over ten years.\n'), []);
    assert.deepEqual(seen('Membership shrank from 181 to 76 over nine years, a compound annual decline of 9.2%.\n'), []);
    // "The decade" may be nine steps (2015–2024) or ten.
    assert.deepEqual(seen('Across the whole decade the ferry’s crossings climbed from 76 to 181, a compound 10.1% a year.\n'), []);
    // Nine years are nine steps: eight steps' rate is the off-by-one error.
    assert.deepEqual(seen('Membership shrank from 181 to 76 over nine years, a compound annual decline of 10.3%.\n'), [['cagr', '10.3%', '9.2%']]);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 10.1% a year over ten years.\n'), [['cagr', '10.1%', '9.1%']]);
    // 1.2 → 1.5 million over five years: 4.2%–4.9% a year from the unrounded figures.
    assert.deepEqual(seen('Visitors went from 1.2 million to 1.5 million over five years, or 4.8% a year.\n'), []);
  });
  it('stays silent on a part of the period, a horizon, two lengths, a forecast, a counterfactual or shares', () => {
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, and grew 11.6% a year over the last five years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 11.6% a year over the past ten years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings will go from 76 nights to 181 in ten years, or 11.6% a year.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 11.6% a year, the fastest growth in ten years.\n'), []);
    // Another clause's length is another subject's.
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, growing 11.6% a year; the inn’s grew by just 4% over the decade.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 11.6% a year over ten years, and 3% in the first two years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings are expected to go from 76 nights to 181, or 11.6% a year over ten years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings would have gone from 76 nights to 181, or 11.6% a year over ten years.\n'), []);
    assert.deepEqual(seen('The hut’s share went from 7.6% to 18.1%, or 11.6% a year over ten years.\n'), []);
  });
});

describe('a change against a base year said "above/below the 2016 level", "on its 2016 output", one clause of two subjects', () => {
  it('flags a wrong change with a suggestion, keeps a decline’s sign, and passes the right one', () => {
    assert.deepEqual(said('Tembo published 90 papers in 2025, 135% above its 2016 level.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its 2016 output.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('In 2025 Tembo published 90 papers, 135% above 2016.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Tembo’s budget was USD 2.7 million in 2022, 41.8% below the 2016 level.\n'), [['percent-change', '41.8%', '51.8%']]);
    // Above where the dataset says below: the direction is wrong, and no figure fixes it.
    assert.deepEqual(said('Tembo’s budget was USD 2.7 million in 2022, 51.8% above the 2016 level.\n'), [['percent-change', '51.8%', null]]);
    assert.deepEqual(said('Tembo published 90 papers in 2025, 125% above its 2016 level.\n'), []);
    assert.deepEqual(said('Tembo’s budget was USD 2.7 million in 2022, 51.8% below the 2016 level.\n'), []);
  });
  it('reads the clause of its own subject when the sentence names two', () => {
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its 2016 output, and Nyota 55.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 125% on its 2016 output, and Nyota 55.\n'), []);
  });
  it('stays silent on another measure, another subject’s base, a period, a scenario or an unclear direction', () => {
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its 2016 budget.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on 2016 prices.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, 135% above Nyota’s 2016 output.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, 135% above the 2016 level of Nyota.\n'), []);
    assert.deepEqual(said('Compared with Nyota, Tembo published 90 papers in 2025, up 135% on its 2016 output.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, 135% above the 2016–2020 level.\n'), []);
    assert.deepEqual(said('Tembo would have published 90 papers in 2025, 135% above its 2016 level.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, 35% above the sector’s 2016 level.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, down 35% above the 2016 level.\n'), []);
  });
});

describe('two subjects’ changes stated "respectively" ("A and B rose by x% and y%, respectively")', () => {
  it('pairs each subject with its figure in order, and passes the right ones', () => {
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s and Nyota’s papers rose by 135% and 10%, respectively.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Between 2016 and 2025, the papers of Tembo and Nyota grew by 125% and 20% respectively.\n'), [['percent-change', '20%', '10%']]);
    assert.deepEqual(said('From 2016 to 2025 Tembo’s and Nyota’s output grew by 9.4% and 2.1% a year, respectively.\n'), [['cagr', '2.1%', '1.1%']]);
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s and Nyota’s papers rose by 125% and 10%, respectively.\n'), []);
    assert.deepEqual(said('From 2016 to 2025 Tembo’s and Nyota’s output grew by 9.4% and 1.1% a year, respectively.\n'), []);
  });
  it('stays silent without "respectively", with two measures, a counterfactual or a comparison', () => {
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s and Nyota’s papers rose by 135% and 10%.\n'), []);
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s and Nyota’s budgets and papers rose by 135% and 10%, respectively.\n'), []);
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s and Nyota’s papers would have risen by 135% and 10%, respectively.\n'), []);
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s and Nyota’s papers rose by 135% and 10%, respectively, against 5% for the sector.\n'), []);
    assert.deepEqual(said('Between 2016 and 2025 Tembo’s, Nyota’s and Kaskazi’s papers rose by 135% and 10%, respectively.\n'), []);
  });
});

describe('a list item that goes on with the sentence the item before left open ("- … to 726 in 2025,\\n- an increase of 86.2%,")', () => {
  const opened = '- The depot’s fleet grew from 412 trams in 2015 to 726 in 2025,\n';
  it('reads the change and the rate of the open statement, item after item', () => {
    assert.deepEqual(seen(`${opened}- an increase of 86.2%,\n- or 6.8% a year compounded.\n`), [['percent-change', '86.2%', '76.2%'], ['cagr', '6.8%', '5.8%']]);
    assert.deepEqual(seen(`${opened}- up 86.2%.\n`), [['percent-change', '86.2%', '76.2%']]);
    assert.deepEqual(seen(`* Say: the hut’s bookings went from 76 nights in 2015 to 181 in 2025,\n* a compound 11.1% a year.\n`), [['cagr', '11.1%', '9.1%']]);
    assert.deepEqual(seen(`${opened}- an increase of 76.2%,\n- or 5.8% a year compounded.\n`), []);
  });
  it('stays silent on another subject, a closed item, a forecast, a comparison or a new list', () => {
    assert.deepEqual(seen(`${opened}- while the bus fleet rose 86.2%.\n`), []);
    assert.deepEqual(seen(`${opened}- Harbourton’s by 86.2%.\n`), []);
    assert.deepEqual(seen(`- The depot’s fleet grew from 412 trams in 2015 to 726 in 2025.\n- up 86.2%.\n`), []);
    assert.deepEqual(seen(`${opened}- and is forecast to rise 86.2% by 2035.\n`), []);
    assert.deepEqual(seen(`${opened}- against 86.2% for the region.\n`), []);
    assert.deepEqual(seen(`${opened}\nA note.\n\n- up 86.2%.\n`), []);
  });
});
