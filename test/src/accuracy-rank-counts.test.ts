// Rank look-alikes that claim no single place (corpus round 6): a count of top-N placings ("17 of the 27 top-three
// places"), a range of places ("between second and third") and an ordinal naming an edition ("since the first in
// 2019"). Each stays silent; the plain rank beside it is still read. On a made-up ranking of ski resorts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding } from './helpers.js';
import { alpineResorts, places } from './made-up-datasets.js';

const engine = createEngine({
  dataset: alpineResorts([
    { year: 2019, method: 'standard', source: 'arsr', ranks: places(['brw', 'ctv', 'fks', 'glh', 'osw']) },
    { year: 2020, method: 'standard', source: 'arsr', ranks: places(['brw', 'fks', 'ctv', 'glh', 'osw']) },
    { year: 2021, method: 'standard', source: 'arsr', ranks: places(['brw', 'ctv', 'fks', 'osw', 'glh']) },
    { year: 2022, method: 'standard', source: 'arsr', ranks: places(['ctv', 'brw', 'fks', 'glh', 'osw']) },
  ]),
});
const findings = (text: string): SeenFinding[] => seenFindings(engine, text, new Set(['rank', 'rank-years']));

describe('rank: look-alikes that claim no single place', () => {
  it('a count of top-N placings is not a place in the top N', () => {
    assert.deepEqual(findings('In the ARSR, Ostwand and Glimmerhorn have taken 3 of the 12 top-three places since 2019.\n'), []);
    assert.deepEqual(findings('Glimmerhorn has five top-three finishes in the ARSR.\n'), []);
    // One placing singled out: "its only top-four finish since 2019" counts placings, it claims no run (acc-rank9).
    assert.deepEqual(findings('In the ARSR, Ostwand was fourth in 2021, its only top-four finish since 2019.\n'), []);
    assert.deepEqual(findings('Glimmerhorn took its first top-three place in the ARSR in 2019.\n'), []);
    assert.deepEqual(findings('In the ARSR, Ostwand has been in the top four since 2019.\n').map((f) => f.rule), ['rank-years']);
    // The same words without a count are still a place: Ostwand was never in the top three.
    assert.deepEqual(findings('In the 2022 ARSR, Ostwand was in the top three.\n'), [{ rule: 'rank', stated: 'top three' }]);
  });

  it('a range of places is no single place', () => {
    assert.deepEqual(findings('Cortina Vale ranked between second and third in every ARSR edition from 2019 to 2021.\n'), []);
    assert.deepEqual(findings('Falkstein sat between 2nd and 3rd in the ARSR from 2019 to 2022.\n'), []);
    // A single place over the same span is still checked.
    assert.deepEqual(findings('Cortina Vale ranked second in every ARSR edition from 2019 to 2021.\n'), [{ rule: 'rank-years', stated: '2019 to 2021', suggestion: '2019 to 2019' }]);
  });

  it('"since the first" names an edition, not a place', () => {
    assert.deepEqual(findings('Ostwand has appeared in every ARSR edition since the first in 2019, and it held fifth place in 2019 and 2020.\n'), []);
    assert.deepEqual(findings('Ostwand has appeared in every ARSR edition since the first in 2019, and it ranked first in 2020.\n'), [{ rule: 'rank', stated: 'first', fix: 'fifth' }]);
  });
});

describe('rank: a place the clause after it says was lost', () => {
  it('is not claimed for the year of its loss', () => {
    assert.deepEqual(findings('Cortina Vale ranked first in the ARSR 2022, regaining the top spot it lost to Brennwald in 2021.\n'), []);
    assert.deepEqual(findings('In the 2022 ARSR, Cortina Vale regained first place, which it had lost to Brennwald in 2021.\n'), []);
    // A place held in that year is still checked.
    assert.deepEqual(findings('Cortina Vale took the top spot in the 2021 ARSR.\n').map((f) => [f.rule, f.stated]), [['rank', 'the top spot']]);
  });
});
