// Found by probing with look-alike pages of our own (round 8, an agri-style explainer written to be correct): a place
// in a clause opened by "after"/"before" was given to the sentence's first name ("BDRI has led since 2022, after IGPRI
// had been first from 2017 to 2021" said BDRI was first 2017–2021), and "the top two of them" after a listed group was
// read as a place in the ranking. On made-up ski resorts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { alpineResorts, places } from './made-up-datasets.js';

const edition = (year: number, order: string[]) => ({ year, method: 'standard', source: 'arsr', ranks: places(order) });
const engine = createEngine({
  dataset: alpineResorts([
    edition(2019, ['osw', 'brw', 'ctv', 'fks', 'glh']),
    edition(2020, ['osw', 'ctv', 'brw', 'fks', 'glh']),
    edition(2021, ['osw', 'brw', 'fks', 'ctv', 'glh']),
    edition(2022, ['brw', 'osw', 'ctv', 'glh', 'fks']),
    edition(2023, ['brw', 'ctv', 'osw', 'fks', 'glh']),
    edition(2024, ['brw', 'fks', 'ctv', 'osw', 'glh']),
  ]),
});
const seen = (text: string) => seenFindings(engine, `${text}\n`, new Set(['rank', 'rank-years']));

describe('a place in a clause opened by "after" or "before" a name with its own verb', () => {
  it('is that name’s, not the sentence subject’s', () => {
    for (const text of [
      'In the ARSR, Brennwald has led since 2022, after Ostwand had been first from 2019 to 2021.',
      'The ARSR has ranked five resorts since 2019. Brennwald has topped it three times running, after Ostwand had been first in every edition from 2019 to 2021.',
      'Brennwald took the top spot of the ARSR in 2022, before Ostwand slipped to third in 2023.',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('still checks the named entity’s place', () => {
    const found = seen('In the ARSR, Brennwald has led since 2022, after Ostwand had been first from 2019 to 2022.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.rule, 'rank-years');
  });
  it('keeps "second after Ostwand" a comparison: the place is the subject’s', () => {
    assert.deepEqual(seen('In the 2019 ARSR, Brennwald came second after Ostwand.'), []);
    assert.equal(seen('In the 2019 ARSR, Brennwald came third after Ostwand.').length, 1);
  });
});

describe('"the top N of them" after a listed group', () => {
  it('is the first N of that group by the sentence’s measure, not a place in the ranking', () => {
    for (const text of [
      'In the 2024 ARSR, Falkstein, Cortina Vale and Ostwand logged 520, 487 and 364 thousand visits; the top two of them alone account for 1,007 thousand.',
      'Cortina Vale, Ostwand and Glimmerhorn cut emissions the most in 2024, and the top two among these were Cortina Vale and Ostwand.',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('still reads "in the top two of the ARSR"', () => {
    assert.equal(seen('Ostwand was in the top two of the 2024 ARSR.').length, 1);
  });
});

describe('a year that dates the place compared with ("one place below its 2023 spot")', () => {
  it('does not date the place stated', () => {
    for (const text of [
      'Brennwald led again. Falkstein is second, Ostwand fourth, one place below its 2023 spot, and Glimmerhorn fifth.',
      'Ostwand, fourth, fell one place below their 2023 place.',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('leaves the sentence’s own edition in force', () => {
    assert.deepEqual(seen('In the 2024 ARSR, Ostwand was fourth, one place below its 2023 spot.'), []);
    assert.equal(seen('In the 2024 ARSR, Ostwand was fifth, two places below its 2023 spot.').length, 1);
  });
});

describe('changes with a verb of collapse, and a multiple with an endpoint of its own', () => {
  const change = (text: string) => seenFindings(engine, `${text}\n`, new Set(['percent-change']));
  it('reads "collapsed", "plummeted" as a fall', () => {
    for (const text of [
      'Ostwand’s grants collapsed by 76% between 2020 and 2022, from 6.7 to 1.6 million euro.',
      'Visits plummeted 36.2%, from 698 in 2019 to 445 in 2020.',
    ]) assert.deepEqual(change(text), [], text);
    assert.equal(change('Visits plummeted 46.2%, from 698 in 2019 to 445 in 2020.').length, 1);
  });
  it('does not check "then rose 4.5-fold to 7.2" against the endpoints before it', () => {
    assert.deepEqual(change('Grants fell from 6.7 million in 2020 to 1.6 million in 2022, then rose 4.5-fold to 7.2 million in 2025.'), []);
    assert.equal(change('Grants rose from 1.6 million in 2022 and doubled to 4.8 million in 2025.').length, 1);
  });
});

describe('a percent of what a spelled-out group has ("70.7% of the three’s 2024 output")', () => {
  const grim = (text: string) => seenFindings(engine, `${text}\n`, new Set(['granularity']));
  it('is not a percent of a count of three', () => {
    assert.deepEqual(grim('Its 638 papers were 70.7% of the three’s 2024 output.'), []);
    assert.deepEqual(grim("Its 638 papers were 70.7% of the three's output."), []);
  });
  it('still checks a percent of the count itself', () => {
    assert.equal(grim('Ostwand won 70.7% of the three.').length, 1);
  });
});

describe('a message quoting a figure across a hard-wrapped line', () => {
  it('reads on one line', () => {
    const { diagnostics } = engine.check('Grants fell 7.1%, from 4.7 to 4.6\nmillion, in 2025 alone.\n');
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0]!.message, /4\.6 million/);
    assert.doesNotMatch(diagnostics[0]!.message, /\n/);
  });
});
