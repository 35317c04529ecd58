// Changes and rates whose endpoints stand outside their own sentence, in forms several authors use: two sentences that
// each give one value and its year, then "That is an increase of …"; a sum of money whose currency only the first
// sentence writes; "since 2016 (USD 14.9 million), which corresponds to …" against the sentence before; a rate sentence
// that names its period before referring back ("Over 2015–2024 that works out at …"); and a base year in the first of
// two change clauses of one subject (or before a clause of other figures), also "on pre-pandemic 2019"; and a rate
// before its endpoints with a period of years between ("4.7% a year over 2016–2025, from …"). On made-up apiaries; each form with its silent look-alikes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const SOURCES = [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }];
const STATIONS = [{ id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' }];
const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: SOURCES,
      entities: STATIONS,
      metrics: [{ id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] }],
      // 140 hives in 2016, 200 in 2019, 270 in 2024, 310 in 2025: +121.4% on 2016, +55% on 2019, +14.8% on 2024.
      observations: [[2016, 140], [2019, 200], [2024, 270], [2025, 310]].map(([year, value]) => ({ entity: 'hars', metric: 'hives', year, value, source: 'pbr' })),
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['percent-change', 'cagr'])).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);
const silent = (...texts: string[]) => {
  for (const text of texts) assert.deepEqual(seen(text), [], text);
};

describe('two sentences of one value each, then a sentence that refers back', () => {
  it('reads the change against the two values, with a suggestion only', () => {
    assert.deepEqual(seen('The guild sold 312 jars of heather honey in 2016. In 2025 that figure was 590. That is an increase of 79 per cent.\n'), [['percent-change', '79 per cent', null, '89 per cent']]);
    assert.deepEqual(seen('The guild shipped 410 crates in 2016. In 2025 it shipped 520. That’s a rise of 35%.\n'), [['percent-change', '35%', null, '27%']]);
  });
  it('is silent on a right change, on another measure, and on a sentence that does not refer back', () => {
    silent(
      'The guild sold 312 jars of heather honey in 2016. In 2025 that figure was 590. That is an increase of 89 per cent.\n',
      'The guild sold 312 jars of heather honey in 2016. In 2025 it hired 590 seasonal pickers. That is an increase of 79 per cent.\n',
      'The guild sold 312 jars of heather honey in 2016. In 2025 that figure was 590. Prices rose 35% over the period.\n',
    );
  });
});

describe('a sum of money whose currency only the sentence before writes', () => {
  it('reads "down to 1.6 million" as a sum in the currency of "EUR 6.7 million"', () => {
    assert.deepEqual(seen('The guild got EUR 6.7 million from regional programmes in 2019. By 2022 it was down to 1.6 million, a fall of 56%.\n'), [['percent-change', '56%', null, '76%']]);
  });
  it('is silent on a right change and on a figure of another scale', () => {
    silent(
      'The guild got EUR 6.7 million from regional programmes in 2019. By 2022 it was down to 1.6 million, a fall of 76%.\n',
      'The guild got EUR 6.7 million from regional programmes in 2019. By 2022 it was down to 1.6 thousand, a fall of 56%.\n',
    );
  });
});

describe('"since YEAR (VALUE)" against the sentence before', () => {
  const before = 'Guild spending reached USD 31.5 million in 2024, up 6.1% on the USD 29.7 million of 2023. ';
  it('reads a rate the main clause carries on to after the bracket, and a rate before "since"', () => {
    assert.deepEqual(seen(`${before}Spending has doubled since 2015 (USD 14.9 million), which corresponds to a compound annual growth rate of 9.4%.\n`), [['cagr', '9.4%', null, '8.7%']]);
    assert.deepEqual(seen(`${before}Spending has grown 9.4% a year since 2015 (USD 14.9 million).\n`).map(([rule, stated]) => [rule, stated]), [['cagr', '9.4%']]);
  });
  it('is silent on a right rate and on a clause of another subject', () => {
    silent(
      `${before}Spending has doubled since 2015 (USD 14.9 million), which corresponds to a compound annual growth rate of 8.7%.\n`,
      `${before}Spending has grown since 2015 (USD 14.9 million), while wax prices rose 9.4% a year.\n`,
    );
  });
});

describe('a rate sentence that names its period before referring back', () => {
  const before = 'Guild income reached USD 9.6 million in 2024, up 4.3% on the USD 9.2 million of 2023. It has roughly tripled since 2015, when it was USD 3.1 million. ';
  it('reads the rate against the statement before when the period is the statement’s', () => {
    assert.deepEqual(seen(`${before}Over 2015–2024 that works out at a compound annual growth rate of 15.1%.\n`), [['cagr', '15.1%', null, '13.4%']]);
  });
  it('is silent on a right rate and on a period of other years', () => {
    silent(`${before}Over 2015–2024 that works out at a compound annual growth rate of 13.4%.\n`, `${before}Over 2019–2024 that works out at a compound annual growth rate of 15.1%.\n`);
  });
});

describe('a base year in the first of two change clauses of one subject', () => {
  it('reads the first clause against the dataset, and the later clause on its own base year (round 82 session)', () => {
    assert.deepEqual(seen('HARS had 310 managed hives in 2025, up 90% on 2016, and 14.8% more than in 2024.\n'), [['percent-change', '90%', null, '121%']]);
    assert.deepEqual(seen('HARS had 310 managed hives in 2025, up 121% on 2016, and 20% more than in 2024.\n'), [['percent-change', '20%', null, '15%']]);
  });
  it('is silent on right clauses', () => {
    silent('HARS had 310 managed hives in 2025, up 121% on 2016, and 14.8% more than in 2024.\n');
  });
});

describe('a base year before a clause of other figures', () => {
  it('reads the change up to the clause, and a base year called pre-pandemic', () => {
    assert.deepEqual(seen('HARS had 310 managed hives in 2025, 40% more than in 2019 and more than twice its 2016 count of 140.\n'), [['percent-change', '40%', null, '55%']]);
    assert.deepEqual(seen('HARS had 310 managed hives in 2025, up 40% on pre-pandemic 2019.\n'), [['percent-change', '40%', null, '55%']]);
  });
  it('is silent on a right change, and on a base of two years', () => {
    silent('HARS had 310 managed hives in 2025, 55% more than in 2019 and more than twice its 2016 count of 140.\n', 'HARS had 310 managed hives in 2025, up 40% on 2019 and 2024 combined.\n');
  });
});

describe('a rate before its endpoints, a period of years between', () => {
  it('reads "4.7% a year over 2016–2025, from 11.8 tonnes to 18.7 tonnes"', () => {
    assert.deepEqual(seen('The guild’s wax sales grew at 4.7% a year over 2016–2025, from 11.8 tonnes to 18.7 tonnes.\n').map(([rule, stated]) => [rule, stated]), [['cagr', '4.7%']]);
  });
  it('is silent on a right rate', () => {
    silent('The guild’s wax sales grew at 5.2% a year over 2016–2025, from 11.8 tonnes to 18.7 tonnes.\n');
  });
});

describe('a list item left open with a semicolon', () => {
  it('reads the next item, opening in lower case, as the next clause of the statement', () => {
    assert.deepEqual(seen('Westfold apiary:\n\n- honey output quadrupled, from 21 tonnes in 2015 to 84 in 2024;\n- a compound annual growth rate of 14.6%, the fastest of the three;\n').map(([rule, stated]) => [rule, stated]), [['cagr', '14.6%']]);
  });
  it('is silent on a right rate and on an item that names its own subject', () => {
    silent(
      'Westfold apiary:\n\n- honey output quadrupled, from 21 tonnes in 2015 to 84 in 2024;\n- a compound annual growth rate of 16.7%, the fastest of the three;\n',
      'Westfold apiary:\n\n- honey output quadrupled, from 21 tonnes in 2015 to 84 in 2024;\n- wax sales at Brenna grew 14.6% a year;\n',
    );
  });
});
