// Readings of acc-dsv29 (dataset values and totals missed on drafts by other authors): a figure's own year past a gloss
// in brackets ("1,126 staff (full-time equivalents) at the end of 2025") or ending the clause a figure is set off from
// ("in 2025, at 94.9%"), a group's sum of money named by "received",
// "Together they also …" after a group's total of one year and a comparison with another, and labelled parts closed by
// a colon and "in all" after a lead-in that names what they split. Each twin — the same
// sentence where the reading must differ — stays silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const years = [2016, 2020, 2024, 2025];
const series = (entity: string, metric: string, values: number[]) => values.map((value, i) => ({ entity, metric, year: years[i], value, source: 'survey' }));

const labs = createEngine({
  dataset: labSurvey({
    entities: [
      { id: 'annapurna', name: 'Annapurna Lab', aliases: ['Annapurna'], kind: 'organisation', country: 'Nepal' },
      { id: 'gorkha', name: 'Gorkha Lab', aliases: ['Gorkha'], kind: 'organisation', country: 'Nepal' },
      { id: 'deccan', name: 'Deccan Lab', aliases: ['Deccan'], kind: 'organisation', country: 'India' },
    ],
    metrics: [
      { id: 'staff', label: 'Staff in full-time equivalents at 31 December', unit: 'count', phrases: ['staff', 'FTE staff'] },
      { id: 'grants', label: 'Donor grants received', unit: 'currency', currency: 'USD', scale: 'million', phrases: ['donor grants', 'donor funding'] },
    ],
    observations: [
      ...series('tembo', 'staff', [410, 452, 470, 488]),
      ...series('nyota', 'staff', [120, 131, 140, 152]),
      ...series('annapurna', 'grants', [8.2, 9.9, 11.6, 12.4]),
      ...series('gorkha', 'grants', [5.1, 6.0, 8.3, 9.1]),
      ...series('deccan', 'grants', [10.4, 12.2, 14.9, 16.0]),
      ...series('tembo', 'grants', [3.3, 3.9, 4.4, 4.8]),
      ...series('annapurna', 'staff', [70, 81, 90, 96]),
      ...series('gorkha', 'staff', [60, 66, 79, 84]),
    ],
  }),
});
const seen = (text: string, rule: string) => seenFindings(labs, `${text}\n`, new Set([rule])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('dataset-value: a figure’s own year stands after its unit’s gloss in brackets', () => {
  it('reads "452 staff (full-time equivalents) at the end of 2025" as the 2025 figure, not the 2020 one it equals', () => {
    assert.deepEqual(seen('Tembo employed 452 staff (full-time equivalents) at the end of 2025, or 3.1 per 1,000 residents.', 'dataset-value'), [['452', '488']]);
    assert.deepEqual(seen('Tembo employed 488 staff (full-time equivalents) at the end of 2025, or 3.1 per 1,000 residents.', 'dataset-value'), []);
  });
  it('stays silent when the year is another figure’s or a coordinated verb’s', () => {
    assert.deepEqual(seen('Tembo employed 452 staff (full-time equivalents), against 488 at the end of 2025.', 'dataset-value'), []);
    assert.deepEqual(seen('Tembo employed 452 staff (full-time equivalents) and was the largest employer in 2025.', 'dataset-value'), []);
  });
});

describe('dataset-value: a figure set off by “, at” after its clause takes the year that ends the clause', () => {
  it('reads "the largest employer in 2025, at 452 staff" as the 2025 figure', () => {
    assert.deepEqual(seen('Tembo was the largest employer of the survey in 2025, at 452 staff.', 'dataset-value'), [['452', '488']]);
    assert.deepEqual(seen('Tembo was the largest employer of the survey in 2025, at 488 staff.', 'dataset-value'), []);
  });
  it('stays silent on a year the clause compares with', () => {
    assert.deepEqual(seen('Tembo employed more staff than in 2024, at 452 staff.', 'dataset-value'), []);
    assert.deepEqual(seen('Tembo has grown its staff since 2024, at 452 staff.', 'dataset-value'), []);
  });
});

describe('dataset-value: a figure followed by “higher” or “lower” is a difference, not a level', () => {
  it('leaves "18 higher than in 2024" alone, and still reads the level in the same voice', () => {
    assert.deepEqual(seen('Tembo’s staff is 18 higher than in 2024.', 'dataset-value'), []);
    assert.deepEqual(seen('Tembo’s staff is 18 lower than in 2025.', 'dataset-value'), []);
    assert.deepEqual(seen('Tembo’s staff was 18 in 2024.', 'dataset-value'), [['18', '470']]);
  });
});

describe('total: a group’s sum of money named by “received”', () => {
  it('reads "received USD … together" of a region’s labs as the one measure kept as received', () => {
    assert.deepEqual(seen('South Asia’s three labs, by comparison, received USD 33.5 million together in 2025.', 'total'), [['USD 33.5 million', 'USD 37.5 million']]);
    assert.deepEqual(seen('South Asia’s three labs, by comparison, received USD 37.5 million together in 2025.', 'total'), []);
  });
  it('stays silent on another verb, or with no word that claims the sum', () => {
    assert.deepEqual(seen('South Asia’s three labs, by comparison, spent USD 33.5 million together in 2025.', 'total'), []);
    assert.deepEqual(seen('South Asia’s three labs, by comparison, received USD 33.5 million in 2025.', 'total'), []);
  });
});

describe('total: “Together they also …” takes the time of the group’s total in the sentence before', () => {
  it('reads the one year of the group’s total, not the year it is compared with', () => {
    const before = 'The two Nepali labs together received donor grants of USD 21.5 million in 2025, 8.0% more than the USD 19.9 million of 2024.';
    assert.deepEqual(seen(`${before} Together they also employed 170 staff.`, 'total'), [['170', '180']]);
    assert.deepEqual(seen(`${before} Together they also employed 180 staff.`, 'total'), []);
  });
  it('stays silent when the sentence before states the group’s totals of two years', () => {
    assert.deepEqual(seen('The two Nepali labs together received donor grants of USD 19.9 million in 2024 and USD 21.5 million in 2025. Together they also employed 170 staff.', 'total'), []);
    assert.deepEqual(seen('The two Nepali labs together received USD 19.9 million of donor grants in 2024 and USD 21.5 million in 2025. Together they also employed 170 staff.', 'total'), []);
  });
});

describe('total: labelled parts after a lead-in, closed by a colon and “in all”', () => {
  it('adds "Bergen 709, Kiel 562 and Tallinn 74 days: 1,400 in all" after "2025 sea time was"', () => {
    assert.deepEqual(seen('- By home port, 2025 sea time was Bergen 709, Kiel 562 and Tallinn 74 days: 1,400 in all.', 'total'), [['1,400', '1,345']]);
    assert.deepEqual(seen('- By home port, 2025 sea time was Bergen 709, Kiel 562 and Tallinn 74 days: 1,345 in all.', 'total'), []);
  });
  it('stays silent on a selection of the parts', () => {
    assert.deepEqual(seen('- The largest were Bergen 709, Kiel 562 and Tallinn 74 days: 1,400 in all.', 'total'), []);
    assert.deepEqual(seen('- By home port, 2025 sea time was led by Bergen 709, Kiel 562 and Tallinn 74 days: 1,400 in all.', 'total'), []);
  });
});
