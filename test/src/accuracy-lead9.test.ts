// Found on the first drafts of a new blind author (round 9), by the lead: a place set against a counterfactual one
// ("would have been ninth rather than tenth") was checked as the counterfactual place, and a table cell's place
// "2nd (1st under the pre-2022 method)" took its method from the aside — both with a certain fix; "X nearly quadrupled
// …, to 270, and Y more than tripled to 370" compared Y's multiple with X's end figure and summed Y's papers over the
// period to check 370 as a total. On made-up ski resorts and labs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { alpineResorts, labSurvey, places } from './made-up-datasets.js';

const engine = createEngine({
  dataset: alpineResorts([
    { year: 2021, method: 'standard', source: 'arsr', ranks: places(['osw', 'brw', 'fks', 'ctv', 'glh']) },
    { year: 2022, method: 'standard', source: 'arsr', ranks: places(['brw', 'osw', 'ctv', 'glh', 'fks']) },
    { year: 2022, method: 'old (2019–2021) method', hypothetical: true, source: 'arsr', ranks: places(['osw', 'brw', 'glh', 'ctv', 'fks']) },
  ]),
});
const seen = (text: string) => seenFindings(engine, `${text}\n`, new Set(['rank', 'rank-years']));

describe('a place set against a counterfactual place', () => {
  it('is no claim: "would have been third rather than fourth"', () => {
    for (const text of [
      'Under the pre-2022 method of the ARSR, Glimmerhorn would have been third rather than fourth in 2022.',
      'Under the old method of the ARSR, Glimmerhorn would have ranked third in 2022 instead of fourth.',
      'In the 2022 ARSR, Glimmerhorn came fourth; under the old method it would have been third rather than fourth.',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('still checks the counterfactual place itself', () => {
    const found = seen('Under the pre-2022 method of the ARSR, Glimmerhorn would have been fifth rather than fourth in 2022.');
    assert.equal(found.length, 1, 'the counterfactual fifth is wrong: third');
  });
});

describe('a place with an aside naming another method ("2nd (1st under the old method)")', () => {
  // The official edition named by its new method, as the seeds' GII 2025 ("…+VC").
  const vcEngine = createEngine({
    dataset: alpineResorts([
      { year: 2022, method: 'new method: stays, passes and VC-funded projects', source: 'arsr', ranks: places(['brw', 'osw', 'ctv', 'glh', 'fks']) },
      { year: 2022, method: 'old (2019–2021) method', hypothetical: true, source: 'arsr', ranks: places(['osw', 'brw', 'glh', 'ctv', 'fks']) },
    ]),
  });
  const seen = (text: string) => seenFindings(vcEngine, `${text}\n`, new Set(['rank', 'rank-years']));
  it('takes its own method, not the aside’s', () => {
    for (const text of [
      '| Ostwand | |\n| --- | --- |\n| ARSR rank, 2022 edition | 2nd (1st under the pre-2022 method) |',
      'In the 2022 ARSR, Ostwand ranked 2nd (1st under the old method).',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('still finds a wrong official place beside a right aside', () => {
    const found = seen('In the 2022 ARSR, Ostwand ranked 3rd (1st under the old method).');
    assert.equal(found.length, 1);
  });
});

describe('a multiple with its own end figure, after another subject’s change', () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020];
  const labs = createEngine({
    dataset: labSurvey({
      metrics: [{ id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'output'] }],
      observations: [
        ...years.map((year, i) => ({ entity: 'tembo', metric: 'papers', year, value: 70 + 40 * i, source: 'survey' })),
        ...years.map((year, i) => ({ entity: 'nyota', metric: 'papers', year, value: 110 + 52 * i, source: 'survey' })),
      ],
    }),
  });
  const seenHere = (text: string) => seenFindings(labs, `${text}\n`, new Set(['percent-change', 'total', 'dataset-value']));
  it('compares nothing with the other subject’s figure and sums nothing over the period', () => {
    for (const text of [
      'Tembo’s output nearly quadrupled between 2015 and 2020, to 270 papers, and that of Nyota more than tripled to 370 papers.',
      'Tembo’s output rose between 2015 and 2020 to 270 papers, while Nyota’s climbed to 370 papers.',
    ]) assert.deepEqual(seenHere(text), [], text);
  });
  it('still checks a period total stated as one', () => {
    assert.equal(seenHere('Between 2015 and 2020 Nyota published 1,400 papers in all.').length, 1, 'the six years add up to 1,440');
  });
});
