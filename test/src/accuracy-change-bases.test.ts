// Changes, rates and multiples whose endpoints stand in forms several authors use: a numbered paragraph's clause number
// before the sentence, a unit with an exponent between the endpoints, a base counted "since 2016, when …" that the
// dataset confirms, a compared figure's base after its year, a multiple in a clause of its own, and "(A then, B now)".
// On made-up apiaries; each form with its silent look-alikes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const SOURCES = [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }];
const STATIONS = [{ id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' }];
const facts = (metric: string, values: Array<[number, number]>) => values.map(([year, value]) => ({ entity: 'hars', metric, year, value, source: 'pbr' }));
const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: SOURCES,
      entities: STATIONS,
      metrics: [
        { id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] },
        { id: 'staff', label: 'Staff (full-time equivalents)', unit: 'count', phrases: ['staff', 'beekeepers'] },
      ],
      // 140 hives in 2016, 310 in 2025: +121.4%, ×2.21, 9.2% a year over nine years.
      observations: [...facts('hives', [[2016, 140], [2020, 205], [2025, 310]]), ...facts('staff', [[2016, 12], [2025, 15]])],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['percent-change', 'cagr'])).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);
const silent = (...texts: string[]) => {
  for (const text of texts) assert.deepEqual(seen(text), [], text);
};

describe('a numbered paragraph', () => {
  it('reads the sentence after its clause number as it reads the sentence alone', () => {
    assert.deepEqual(seen('4.2 The apiary’s colonies grew from 70 in 2016 to 95 in 2025, an increase of 45.7%.\n'), [['percent-change', '45.7%', null, '35.7%']]);
    assert.deepEqual(seen('- 2.1 The apiary’s colonies grew from 70 in 2016 to 95 in 2025, an increase of 45.7%.\n'), [['percent-change', '45.7%', null, '35.7%']]);
  });
  it('is silent on a right change, and keeps a figure that opens a line in running text', () => {
    silent('4.2 The apiary’s colonies grew from 70 in 2016 to 95 in 2025, an increase of 35.7%.\n');
    assert.deepEqual(seen('The apiary’s colonies grew from 70 in 2016 to\n95.5 in 2025, an increase of 45.7%.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', '45.7%']]);
  });
});

describe('a unit with an exponent between the endpoints', () => {
  it('reads "from 50.0 million m³ in 2016 to 80.0 million m³ in 2025"', () => {
    assert.deepEqual(seen('Water pumped to the hives rose from 50.0 million m³ in 2016 to 80.0 million m³ in 2025, an increase of 50.0%.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', '50.0%']]);
    silent('Water pumped to the hives rose from 50.0 million m³ in 2016 to 80.0 million m³ in 2025, an increase of 60.0%.\n');
  });
});

describe('a base counted "since 2016, when …" that the dataset confirms', () => {
  it('reads a rate, a change and a multiple against the dataset’s latest year, with a suggestion only', () => {
    assert.deepEqual(seen('Since 2016, when HARS kept 140 hives, its managed hives have grown at a compound 11.4% a year.\n'), [['cagr', '11.4%', null, '9.2%']]);
    assert.deepEqual(seen('Since 2016, when HARS kept 140 hives, its managed hives are up 150%.\n'), [['percent-change', '150%', null, '121%']]);
    assert.deepEqual(seen('The managed hives have tripled since 2016, when HARS kept 140 hives.\n').map(([rule, stated, fix]) => [rule, stated, fix]), [['percent-change', 'tripled', null]]);
  });
  it('is silent on right figures, on another measure, on a scenario, and on a base the dataset does not hold', () => {
    silent(
      'Since 2016, when HARS kept 140 hives, its managed hives have grown at a compound 9.2% a year.\n',
      'The managed hives have more than doubled since 2016, when HARS kept 140 hives.\n',
      'Since 2016, when HARS kept 140 hives, its budget has grown at a compound 11.4% a year.\n',
      'Since 2016, when HARS kept 140 hives, its managed hives would have grown 150% without the frost.\n',
      'Since 2016, when HARS kept 150 hives, its managed hives are up 150%.\n',
      'Since 2016, when HARS kept 140 hives, its managed hives are up 150% against the region’s 80%.\n',
    );
  });
});

describe('a compared figure whose base follows its year', () => {
  it('reads "20% below the 2020 peak of 350 colonies"', () => {
    assert.deepEqual(seen('The apiary kept 310 colonies in 2025, 20% below the 2020 peak of 350 colonies.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', '20%']]);
    silent('The apiary kept 310 colonies in 2025, 11.4% below the 2020 peak of 350 colonies.\n');
  });
});

describe('a multiple in a clause of its own after the statement', () => {
  it('reads ", and its output tripled" and "; output tripled"', () => {
    assert.deepEqual(seen('The apiary went from 70 colonies to 140, and its output tripled.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'tripled']]);
    assert.deepEqual(seen('- The apiary: from 70 to 140 colonies; output tripled, albeit from a low base.\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'tripled']]);
  });
  it('is silent on a right multiple, on another subject or measure, and on a clause with a figure or a year of its own', () => {
    silent(
      'The apiary went from 70 colonies to 140, and its output doubled.\n',
      'The apiary went from 70 colonies to 140, and its staff tripled.\n',
      'The apiary went from 70 colonies to 140, while Westfold’s output tripled.\n',
      'The apiary went from 70 colonies to 140, and by 2030 it will have tripled.\n',
      'The apiary went from 70 colonies to 140, and its 12 sheds tripled.\n',
    );
  });
});

describe('"(A then, B now)"', () => {
  it('reads the two endpoints of the bracket', () => {
    assert.deepEqual(seen('The apiary’s colonies have nearly tripled since 2016 (70 colonies then, 140 colonies now).\n').map(([rule, stated]) => [rule, stated]), [['percent-change', 'nearly tripled']]);
  });
  it('is silent on a right multiple and on two different units', () => {
    silent('The apiary’s colonies have doubled since 2016 (70 colonies then, 140 colonies now).\n', 'The apiary has tripled since 2016 (70 colonies then, 140 hives now).\n');
  });
});

describe('a rate said "in compound terms"', () => {
  it('reads it as the annual rate of the statement before, not as another basis', () => {
    assert.deepEqual(seen('The apiary’s colonies went from 70 in 2016 to 140 in 2025. That is 9.5% a year in compound terms.\n').map(([rule, stated]) => [rule, stated]), [['cagr', '9.5%']]);
    silent('The apiary’s colonies went from 70 in 2016 to 140 in 2025. That is 8.0% a year in compound terms.\n', 'The apiary’s colonies went from 70 in 2016 to 140 in 2025. That is 9.5% a year in real terms.\n');
  });
});

describe('a rate said "at an annual rate of"', () => {
  it('reads it as an annual rate over the sentence’s period, with the dataset’s endpoints', () => {
    assert.deepEqual(seen('From 2016 to 2025, HARS’s managed hives rose at an annual rate of 11.4%.\n'), [['cagr', '11.4%', null, '9.2%']]);
    silent('From 2016 to 2025, HARS’s managed hives rose at an annual rate of 9.2%.\n', 'From 2016 to 2025, HARS’s managed hives rose at an annual rate of 11.4%, faster than at Westfold.\n');
  });
});
