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
  });
  it('passes a rate that fits the length counted either way, and rounded endpoints at their precision', () => {
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 9.1% a year over ten years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 10.1% a year over ten years.\n'), []);
    assert.deepEqual(seen('Membership shrank from 181 to 76 over nine years, a compound annual decline of 10.3%.\n'), []);
    // 1.2 → 1.5 million over five years: 4.2%–4.9% a year from the unrounded figures.
    assert.deepEqual(seen('Visitors went from 1.2 million to 1.5 million over five years, or 4.8% a year.\n'), []);
  });
  it('stays silent on a part of the period, a horizon, two lengths, a forecast, a counterfactual or shares', () => {
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, and grew 11.6% a year over the last five years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 11.6% a year over the past ten years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181 in ten years, or 11.6% a year.\n'), []);
    assert.deepEqual(seen('The hut’s bookings went from 76 nights to 181, or 11.6% a year over ten years, and 3% in the first two years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings are expected to go from 76 nights to 181, or 11.6% a year over ten years.\n'), []);
    assert.deepEqual(seen('The hut’s bookings would have gone from 76 nights to 181, or 11.6% a year over ten years.\n'), []);
    assert.deepEqual(seen('The hut’s share went from 7.6% to 18.1%, or 11.6% a year over ten years.\n'), []);
  });
});
