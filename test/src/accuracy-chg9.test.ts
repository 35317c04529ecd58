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

describe('a change or rate in the next sentence that restates the statement’s subject ("Over those nine years the count rose 50%")', () => {
  const engine = createEngine({ dataset: labSurvey() });
  const said = (text: string) => seenFindings(engine, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);
  const before = 'The station’s papers went from 120 in 2016 to 180 in 2025.';
  it('reads the change or rate against the sentence before', () => {
    assert.deepEqual(said(`${before} Over those nine years the count rose 40%.\n`).map((f) => f.slice(0, 2)), [['percent-change', '40%']]);
    assert.deepEqual(said(`${before} Put as a single change, the count grew by 40 per cent.\n`).map((f) => f.slice(0, 2)), [['percent-change', '40 per cent']]);
    assert.deepEqual(said(`${before} In percentage terms that is +40%.\n`).map((f) => f.slice(0, 2)), [['percent-change', '+40%']]);
    assert.deepEqual(said(`${before} Papers rose 40% over the period.\n`).map((f) => f.slice(0, 2)), [['percent-change', '40%']]);
    assert.deepEqual(said(`${before} Over those nine years it grew at an average yearly rate of 6.6%.\n`).map((f) => f.slice(0, 2)), [['cagr', '6.6%']]);
    assert.deepEqual(said('The station’s staff fell from 94 in 2020 to 82 in 2025. Staff shrank 17.8% over the period.\n').map((f) => f.slice(0, 2)), [['percent-change', '17.8%']]);
    assert.deepEqual(said(`${before} The count grew by 50 per cent.\n`), []);
    assert.deepEqual(said(`${before} Over those nine years it grew at an average yearly rate of 4.6%.\n`), []);
  });
  it('stays silent on another subject, measure, period, party or scenario', () => {
    for (const next of [
      'Staff grew by 40 per cent.',
      'Citations rose 40%.',
      'Over the last five years the count rose 40%.',
      'Over those six years the count rose 40%.',
      'In 2025 alone the count rose 4%.',
      'The sector’s papers rose 40%.',
      'Papers per researcher rose 40%.',
      'The count would have risen 40% under the old rules.',
      'Its budget rose 40%.',
      'Papers rose 40% faster than staff.',
      'The count rose 40% after 2020.',
      'Nyota’s count rose 40%.',
      'The count then rose 40%.',
      'That year the count rose 40%.',
      'Over those nine years the count later rose 40%.',
    ]) assert.deepEqual(said(`${before} ${next}\n`), [], next);
  });
});

describe('a list item that opens with "Its" speaks of the one entity the item before names', () => {
  it('reads the change of that entity, and stays silent when the item before names two or none', () => {
    assert.deepEqual(seen('- Tembo Lab kept its staff.\n- Its papers rose 15.5% between 2024 and 2025.\n'), [['percent-change', '15.5%', '12.5%']]);
    assert.deepEqual(seen('- Tembo Lab kept its staff.\n- Its papers rose 12.5% between 2024 and 2025.\n'), []);
    assert.deepEqual(seen('- Tembo Lab and Nyota Lab kept their staff.\n- Its papers rose 15.5% between 2024 and 2025.\n'), []);
    assert.deepEqual(seen('- Staff were kept.\n- Its papers rose 15.5% between 2024 and 2025.\n'), []);
    assert.deepEqual(seen('- Tembo Lab kept its staff.\n\nText between.\n\n- Its papers rose 15.5% between 2024 and 2025.\n'), []);
  });
});

describe('a heading that is one statement ("## Keio: from 21 to 63") in view of the paragraph right under it', () => {
  const engine = createEngine({ dataset: labSurvey() });
  const said = (text: string) => seenFindings(engine, text, RULES).map((f) => [f.rule, f.stated]);
  it('reads a change that refers back to the heading', () => {
    assert.deepEqual(said('# Notes\n\n## Keio: from 21 to 63\n\nIn percentage terms that is +210%.\n'), [['percent-change', '+210%']]);
    assert.deepEqual(said('# Notes\n\n## 165 → 201\n\nThat is a rise of 31.8%.\n'), [['percent-change', '31.8%']]);
    assert.deepEqual(said('# Notes\n\n## Keio: from 21 to 63\n\nIn percentage terms that is +200%.\n'), []);
  });
  it('stays silent on two statements in the heading, another subject, a paragraph further down or a list item', () => {
    assert.deepEqual(said('# Notes\n\n## Papers 165 → 201, staff 20 → 25\n\nThat is a rise of 31.8%.\n'), []);
    assert.deepEqual(said('# Notes\n\n## Keio: from 21 to 63\n\nNyota’s papers rose 210%.\n'), []);
    assert.deepEqual(said('# Notes\n\n## Keio: from 21 to 63\n\nKeio had 12 staff in 2025.\n\nThat is a rise of 210%.\n'), []);
    assert.deepEqual(said('# Notes\n\n## Keio: from 21 to 63\n\n- That is a rise of 210%.\n'), []);
    // A heading that states its own change is no carried statement (and is not judged here).
    assert.deepEqual(said('# Notes\n\n## Keio: from 21 to 63 (+210%)\n\nThat is a rise of 210%.\n'), []);
  });
});
