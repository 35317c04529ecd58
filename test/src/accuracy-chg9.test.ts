// Changes and annual rates on drafts by other authors (acc-chg9): each reading with sentences of our own in other words
// that it must flag, and look-alikes (other subjects, years, measures, a rate of another thing) that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const RULES = new Set(['percent-change', 'cagr']);
// Tembo's papers: 40 (2016) → 80 (2024) → 90 (2025): +125% and 9.4% a year over 2016–2025, +12.5% in 2025.
const labs = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'output'] },
      { id: 'audit', label: 'Audit score', unit: 'score', phrases: ['audit score'] },
    ],
    observations: [
      { entity: 'tembo', metric: 'papers', year: 2016, value: 40, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2024, value: 80, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2025, value: 90, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2024, value: 50, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2025, value: 55, source: 'survey' },
      { entity: 'tembo', metric: 'audit', year: 2024, value: 62.1, source: 'survey' },
      { entity: 'tembo', metric: 'audit', year: 2025, value: 61.4, source: 'survey' },
    ],
  }),
});
const seen = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);

describe('a change and its annual rate in one sentence, endpoints the dataset’s ("rose 85.4% between 2016 and 2025, or 8.7% a year")', () => {
  it('reads both figures, each against the period', () => {
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers rose 125%, or 11.4% a year.\n'), [['cagr', '11.4%', '9.4%']]);
    assert.deepEqual(seen('Tembo’s output grew 115% between 2016 and 2025, or 9.4% a year.\n'), [['percent-change', '115%', '125%']]);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers increased by 105%, or 8.4% a year compounded.\n'), [['percent-change', '105%', '125%'], ['cagr', '8.4%', '9.4%']]);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers rose 125%, or 9.4% a year.\n'), []);
  });
  it('stays silent on a rate of another subject, another measure, a qualified rate, or a rate before the change', () => {
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers rose 125%, while Nyota’s grew 11.4% a year.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers rose 125%, or 11.4% a year in real terms.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers rose 125%, against 11.4% a year for the sector.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers rose 125%, or 11.4% more than Nyota’s.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers grew 11.4% a year, or 125% in all.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Tembo’s papers would have risen 105%, or 11.4% a year, under the old count.\n'), []);
  });
});

describe('a change over one year named "in 2025", from the year before ("up 5.9% on the previous year", "year on year", "in 2025 alone")', () => {
  it('flags a wrong change with a suggestion, and passes the right one', () => {
    assert.deepEqual(seen('In 2025, Tembo’s output was up 15.5% on the previous year.\n'), [['percent-change', '15.5%', '12.5%']]);
    assert.deepEqual(seen('Tembo’s papers grew 15.5% year on year in 2025.\n'), [['percent-change', '15.5%', '12.5%']]);
    assert.deepEqual(seen('In 2025 alone, Tembo’s papers rose by 15.5%.\n'), [['percent-change', '15.5%', '12.5%']]);
    assert.deepEqual(seen('In 2025 Tembo published 90 papers, up 15.5% on a year earlier.\n'), [['percent-change', '15.5%', '12.5%']]);
    assert.deepEqual(seen('In 2025 Tembo’s audit score fell 1.7 points on the previous year.\n'), [['percent-change', '1.7', '0.7']]);
    assert.deepEqual(seen('In 2025, Tembo’s output was up 12.5% on the previous year.\n'), []);
    assert.deepEqual(seen('In 2025 alone, Tembo’s papers rose by 12.5%.\n'), []);
    assert.deepEqual(seen('In 2025 Tembo’s audit score fell 0.7 points on the previous year.\n'), []);
  });
  it('stays silent on another year, an annual rate, two subjects, another figure or a comparison', () => {
    assert.deepEqual(seen('Tembo’s papers grew 15.5% on the previous year, its best result since 2016.\n'), []);
    assert.deepEqual(seen('In 2025 alone, Tembo’s papers grew 15.5% a year.\n'), []);
    assert.deepEqual(seen('In 2025 Nyota’s papers grew 15.5% year on year, and Tembo’s by 12.5%.\n'), []);
    assert.deepEqual(seen('In 2025 alone, Tembo’s papers grew 15.5% more than Nyota’s.\n'), []);
    assert.deepEqual(seen('In 2025, Tembo’s output was up 15.5% on the previous year, to 95 papers.\n'), []);
    assert.deepEqual(seen('In 2025, Tembo’s output was forecast to be up 15.5% on the previous year.\n'), []);
    assert.deepEqual(seen('Tembo’s output in 2025 alone was 15.5% of its decade total.\n'), []);
    // No fact of 2023: no reading.
    assert.deepEqual(seen('In 2024, Tembo’s output was up 15.5% on the previous year.\n'), []);
  });
});
