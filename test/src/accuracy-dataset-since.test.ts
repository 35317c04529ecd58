// Changes, rates and multiples whose inputs are the dataset's, not the sentence's. Counted from a base year up to now:
// "Tembo's output is up 150% since 2016", "has more than tripled since 2016", "has grown 11.4% a year since 2016", "is up
// 150% on 2016" (now is the series' latest year, only when no series of the measure runs later; the present or the
// perfect only). A verb that carries a figure to its value ("reached", "stood at") before a base-year change. One
// subject's two measures in two clauses of one period, each read against its own measure; and a sentence that borrows
// the period before ("over the same period its grants grew …"). Sentences of our own, on made-up labs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const RULES = new Set(['percent-change', 'cagr']);
// Tembo's papers: 40 (2016) → 90 (2025): +125%, ×2.25, 9.4% a year. Tembo's and Nyota's vans: Tembo's run to 2025,
// Nyota's stop at 2023 (its 2023 is no "now"). Tembo's grants: USD 2 million (2016) → 5 million (2025): +150%, 10.7% a year.
const labs = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'output'] },
      { id: 'vans', label: 'Field vans', unit: 'count', phrases: ['vans', 'field vans'] },
      { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'USD', scale: 'million', phrases: ['grants', 'grant income'] },
    ],
    observations: [
      { entity: 'tembo', metric: 'papers', year: 2016, value: 40, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2020, value: 60, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2025, value: 90, source: 'survey' },
      { entity: 'tembo', metric: 'vans', year: 2016, value: 2, source: 'survey' },
      { entity: 'tembo', metric: 'vans', year: 2025, value: 4, source: 'survey' },
      { entity: 'nyota', metric: 'vans', year: 2016, value: 2, source: 'survey' },
      { entity: 'nyota', metric: 'vans', year: 2023, value: 7, source: 'survey' },
      { entity: 'tembo', metric: 'grants', year: 2016, value: 2, source: 'survey' },
      { entity: 'tembo', metric: 'grants', year: 2025, value: 5, source: 'survey' },
    ],
  }),
});
const said = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a change counted since a year, up to now', () => {
  it('flags a wrong change, multiple or annual rate against the series’ latest year, with a suggestion only', () => {
    assert.deepEqual(said('Tembo’s output is up 150% since 2016.\n'), [['percent-change', '150%', null, '125%']]);
    assert.deepEqual(said('Tembo’s papers have risen by 150% since 2016.\n'), [['percent-change', '150%', null, '125%']]);
    assert.deepEqual(said('Tembo’s papers have more than tripled since 2016.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'more than tripled']]);
    assert.deepEqual(said('Tembo’s papers have grown 11.4% a year since 2016.\n'), [['cagr', '11.4%', null, '9.4%']]);
  });

  it('reads any base-year form in the present the same way ("is up 150% on 2016", "is three times its 2016 level")', () => {
    assert.deepEqual(said('Tembo’s output is up 150% on 2016.\n'), [['percent-change', '150%', null, '125%']]);
    assert.deepEqual(said('Tembo’s output is 150% above its 2016 level.\n'), [['percent-change', '150%', null, '125%']]);
    assert.deepEqual(said('Tembo’s output is now more than three times its 2016 level.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'more than three times']]);
    assert.deepEqual(said('Tembo’s output is now more than double its 2016 level.\n'), []);
    assert.deepEqual(said('Tembo’s output was 150% above its 2016 level.\n'), []);
  });

  it('passes the right figures', () => {
    for (const text of [
      'Tembo’s output is up 125% since 2016.\n',
      'Tembo’s papers have more than doubled since 2016.\n',
      'Tembo’s papers have grown 9.4% a year since 2016.\n',
      'Tembo’s vans have doubled since 2016.\n',
    ]) assert.deepEqual(said(text), [], text);
  });

  it('stays silent in the past, at another time, with a figure of its own, or when the series stops before the others', () => {
    for (const text of [
      'Tembo’s papers had risen by 150% since 2016.\n',
      'Tembo’s papers rose 150% since 2016.\n',
      'Tembo’s papers were up 150% since 2016.\n',
      'Tembo’s papers will have risen by 150% since 2016.\n',
      'Tembo’s papers have risen by 150% since 2016, to 100.\n',
      'Nyota’s vans have doubled since 2016.\n',
      'Nyota’s vans are up 150% since 2016.\n',
    ]) assert.deepEqual(said(text), [], text);
  });
});

describe('a multiple whose measure stands between it and "since" ("has tripled its papers since 2016")', () => {
  it('flags a wrong multiple and passes a right one, with the end value when it is the latest year’s', () => {
    assert.deepEqual(said('Tembo Lab has more than tripled its papers since 2016.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'more than tripled']]);
    assert.deepEqual(said('Tembo Lab has more than tripled its papers since 2016, to 90.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'more than tripled']]);
    assert.deepEqual(said('Tembo Lab has more than doubled its papers since 2016, to 90.\n'), []);
  });
  it('stays silent on another measure, another end value or another base word', () => {
    for (const text of [
      'Tembo Lab has more than tripled its budget since 2016.\n',
      'Tembo Lab has more than tripled its papers since 2016, to 130.\n',
      'Tembo Lab has more than tripled its papers on 2016.\n',
    ]) assert.deepEqual(said(text), [], text);
  });
});

describe('a multiple since a year whose subject is "Its", the one entity of the sentence before', () => {
  it('flags a wrong multiple of that entity, and stays silent when the sentence before names two', () => {
    assert.deepEqual(said('Tembo Lab opened in 2014. Its papers have more than tripled since 2016.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'more than tripled']]);
    assert.deepEqual(said('Tembo Lab opened in 2014. Its papers have more than doubled since 2016.\n'), []);
    assert.deepEqual(said('Tembo Lab opened in 2014 and Nyota Lab in 2015. Its papers have more than tripled since 2016.\n'), []);
  });
});

describe('a verb that carries a figure to its value, then a change on a base year', () => {
  it('reads "reached" and "stood at" as plain words of the measure', () => {
    assert.deepEqual(said('Tembo’s papers reached 90 in 2025, up 150% on 2016.\n'), [['percent-change', '150%', null, '125%']]);
    assert.deepEqual(said('Tembo’s papers stood at 90 in 2025, up 125% on 2016.\n'), []);
    assert.deepEqual(said('Tembo’s papers reached 90 in 2025, up 150% on 2016 in the life sciences alone.\n'), []);
  });
});

describe('one subject, one period, two measures in two clauses ("its papers rose …, and its grants grew …")', () => {
  it('reads each figure against its own clause’s measure', () => {
    assert.deepEqual(said('Tembo’s papers rose 125% between 2016 and 2025, and its grants grew 180%.\n'), [['percent-change', '180%', null, '150%']]);
    assert.deepEqual(said('Tembo’s papers rose 155% between 2016 and 2025, and its grant income grew 150%.\n'), [['percent-change', '155%', null, '125%']]);
    assert.deepEqual(said('Tembo’s papers rose 125% between 2016 and 2025, to 90, and its grants grew 13.0% a year.\n'), [['cagr', '13.0%', null, '10.7%']]);
    assert.deepEqual(said('Tembo’s papers rose 125% between 2016 and 2025, and its grants grew 150%.\n'), []);
  });
  it('stays silent with another subject, another time, a narrower measure or a contrast', () => {
    for (const text of [
      'Tembo’s papers rose 125% between 2016 and 2025, and Nyota’s grants grew 180%.\n',
      'Tembo’s papers rose 125% between 2016 and 2025, and its grants grew 180% in 2025 alone.\n',
      'Tembo’s papers rose 125% between 2016 and 2025, and its grants per scientist grew 180%.\n',
      'Tembo’s papers rose 125% between 2016 and 2025, while its grants grew 180%.\n',
    ]) assert.deepEqual(said(text), [], text);
  });
});

describe('a sentence with no years of its own that borrows the period before ("over the same period its grants grew …")', () => {
  it('reads the figure over the sentence before’s one period, the subject named or said as "its"', () => {
    assert.deepEqual(said('Tembo’s papers rose 125% between 2016 and 2025. Over the same period its grants grew 180%.\n'), [['percent-change', '180%', null, '150%']]);
    assert.deepEqual(said('Tembo’s papers rose 125% between 2016 and 2025. Its grant income grew 13.0% a year over those nine years.\n'), [['cagr', '13.0%', null, '10.7%']]);
    assert.deepEqual(said('Tembo’s papers rose 125% between 2016 and 2025. Over the same period its grants grew 150%.\n'), []);
  });
  it('stays silent on a duration that does not fit, two subjects before, or another party', () => {
    for (const text of [
      'Tembo’s papers rose 125% between 2016 and 2025. Over those five years its grants grew 180%.\n',
      'Tembo’s and Nyota’s papers rose between 2016 and 2025. Over the same period its grants grew 180%.\n',
      'Tembo’s papers rose 125% between 2016 and 2025. Over the same period the sector’s grants grew 180%.\n',
      'Tembo’s papers rose 125%. Over the same period its grants grew 180%.\n',
    ]) assert.deepEqual(said(text), [], text);
  });
});
