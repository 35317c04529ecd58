// Found by probing with look-alike pages of our own (round 8, an agri-style explainer written to be correct): a place
// in a clause opened by "after"/"before" was given to the sentence's first name ("BDRI has led since 2022, after IGPRI
// had been first from 2017 to 2021" said BDRI was first 2017–2021), and "the top two of them" after a listed group was
// read as a place in the ranking. On made-up ski resorts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { alpineResorts, labSurvey, places } from './made-up-datasets.js';

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

describe('a list of figures by name: "Riverside had 7,920 members and Hillcrest 3,130."', () => {
  const libraries = createEngine({
    dataset: labSurvey({
      entities: [{ id: 'river', name: 'Riverside Library', aliases: ['Riverside'], kind: 'organisation' }, { id: 'hill', name: 'Hillcrest Library', aliases: ['Hillcrest'], kind: 'organisation' }],
      metrics: [{ id: 'members', label: 'Active members', unit: 'count', phrases: ['members', 'active members'] }],
      observations: [
        { entity: 'river', metric: 'members', year: 2024, value: 7920, source: 'survey' },
        { entity: 'hill', metric: 'members', year: 2024, value: 3310, source: 'survey' },
      ],
    }),
  });
  const values = (text: string) => seenFindings(libraries, `${text}\n`, new Set(['dataset-value'])).map((f) => f.stated);
  it('reads the last item, a grouped number after a name, as a figure (it was taken for part of a name like "Route 16")', () => {
    assert.deepEqual(values('In 2024, Riverside had 7,920 members and Hillcrest 3,130.'), ['3,130']);
    assert.deepEqual(values('In 2024, Riverside had 7,920 members, and Hillcrest 3,310.'), []);
  });
  it('reads the first item although a second name follows it in the clause', () => {
    assert.deepEqual(values('In 2024, Riverside had 7,290 members and Hillcrest 3,310.'), ['7,290']);
    assert.deepEqual(values('Riverside had 7,290 members and Hillcrest 3,310 in 2024.'), ['7,290']);
  });
  it('stays silent where the figure may be both names’ together', () => {
    assert.deepEqual(values('In 2024, Riverside and Hillcrest had 7,290 members.'), []);
  });
});

describe('a count the dataset keeps in thousands (round 8, a sixth made-up domain: water utilities)', () => {
  const utilities = createEngine({
    dataset: labSurvey({
      entities: [{ id: 'vcwe', name: 'Vientiane Water', aliases: ['VCWE'], kind: 'organisation' }],
      metrics: [
        { id: 'connections', label: 'Household connections, in thousands', unit: 'count', scale: 'thousand', phrases: ['household connections', 'connections'] },
        { id: 'produced', label: 'Water produced, million m³', unit: 'count', scale: 'million', phrases: ['water produced'] },
      ],
      observations: [
        { entity: 'vcwe', metric: 'connections', year: 2025, value: 211, source: 'survey' },
        { entity: 'vcwe', metric: 'produced', year: 2025, value: 96.8, source: 'survey' },
      ],
    }),
  });
  const seenHere = (text: string) => seenFindings(utilities, `${text}\n`, new Set(['dataset-value']));
  it('reads "211,000 connections" in ones, and was "fixed" to 211', () => {
    assert.deepEqual(seenHere('VCWE had 211,000 household connections in 2025.'), []);
    assert.deepEqual(seenHere('VCWE had 215,000 household connections in 2025.'), [{ rule: 'dataset-value', stated: '215,000', fix: '211,000' }]);
  });
  it('reads a figure in the dataset’s own scale, and one with a scale word, in that scale', () => {
    assert.deepEqual(seenHere('VCWE had 211 thousand household connections in 2025.'), []);
    assert.deepEqual(seenHere('| Utility | Household connections 2025 (thousands) |\n| --- | ---: |\n| VCWE | 211 |'), []);
    assert.deepEqual(seenHere('| Utility | Household connections 2025 (thousands) |\n| --- | ---: |\n| VCWE | 251 |').map((f) => f.stated), ['251']);
    assert.deepEqual(seenHere('VCWE delivered 96.8 million m³ of water produced in 2025.'), []);
  });
  it('accepts a count kept in millions with decimals (96.8 million is whole), not one kept in ones', () => {
    const dataset = (scale?: string) => labSurvey({
      metrics: [{ id: 'produced', label: 'Water produced', unit: 'count', ...(scale ? { scale } : {}), phrases: ['water produced'] }],
      observations: [{ entity: 'tembo', metric: 'produced', year: 2025, value: 96.8, source: 'survey' }],
    });
    assert.doesNotThrow(() => dataset('million'));
    assert.throws(() => dataset(), /96\.8 is not a whole number for count metric "produced"/);
  });
});

describe('"second overall" in a section on a sub-index (round 8 probe: a certain fix against the sub-index)', () => {
  const edition = (year: number, order: string[]) => ({ year, method: 'standard', source: 'arsr', ranks: places(order) });
  const twoRankings = createEngine({
    dataset: alpineResorts([edition(2024, ['fks', 'osw', 'brw', 'ctv', 'glh'])], [edition(2024, ['osw', 'fks', 'brw', 'ctv', 'glh'])]),
  });
  const ranks = (text: string) => seenFindings(twoRankings, `${text}\n`, new Set(['rank']));
  it('is not checked against the sub-index the heading names', () => {
    assert.deepEqual(ranks('## The water sub-index\n\nOstwand, second overall in 2024, was first on water.'), []);
    assert.deepEqual(ranks('## The water sub-index\n\nOstwand, third overall in 2024, was first on water.'), []);
  });
  it('still checks a place in the section’s own ranking', () => {
    assert.equal(ranks('## The water sub-index\n\nOstwand was third in 2024.').length, 1);
  });
});

describe('a named group’s total of a count the dataset keeps in thousands, written in ones', () => {
  const utilities = createEngine({
    dataset: labSurvey({
      entities: [
        { id: 'sdwc', name: 'Saigon Water', aliases: ['SDWC'], kind: 'organisation' },
        { id: 'hrwc', name: 'Hanoi Water', aliases: ['HRWC'], kind: 'organisation' },
      ],
      metrics: [{ id: 'connections', label: 'Household connections, in thousands', unit: 'count', scale: 'thousand', phrases: ['household connections', 'connections'] }],
      observations: [
        { entity: 'sdwc', metric: 'connections', year: 2025, value: 1398, source: 'survey' },
        { entity: 'hrwc', metric: 'connections', year: 2025, value: 1135, source: 'survey' },
      ],
    }),
  });
  const totals = (text: string) => seenFindings(utilities, `${text}\n`, new Set(['total'])).map((f) => f.stated);
  it('is summed in the figure’s scale (it was "2,533,000, but … add up to 2,533")', () => {
    assert.deepEqual(totals('SDWC and HRWC together had 2,533,000 household connections in 2025.'), []);
    assert.deepEqual(totals('SDWC and HRWC together had 2,533 thousand household connections in 2025.'), []);
    assert.deepEqual(totals('SDWC and HRWC together had 2,933,000 household connections in 2025.'), ['2,933,000']);
  });
});
