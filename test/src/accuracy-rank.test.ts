// Rank claims read by clause (issue #8): subjects, editions, counterfactuals, spans and rank words, on a made-up ranking and the default dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

// A made-up ranking of five cities over six editions, with a counterfactual 2025 edition under the old method.
const order = (...ids: string[]) => ids.map((entity, i) => ({ entity, rank: i + 1 }));
const custom = {
  sources: [{ id: 'cri-2025', title: 'Civic Resilience Index: results 2020–2025', publisher: 'Made-up Institute', date: '2025-06-01' }],
  entities: [
    { id: 'valmora', name: 'Valmora', kind: 'region' },
    { id: 'kestrel', name: 'Kestrel Bay', kind: 'region' },
    { id: 'drennick', name: 'Drennick', kind: 'region' },
    { id: 'sorvik', name: 'Sorvik', kind: 'region' },
    { id: 'altamar', name: 'Altamar', kind: 'region' },
  ],
  rankings: [
    {
      id: 'cri',
      label: 'Civic Resilience Index',
      phrases: ['CRI', 'resilience index'],
      editions: [
        { year: 2020, method: 'survey', source: 'cri-2025', ranks: order('altamar', 'valmora', 'sorvik', 'kestrel', 'drennick') },
        { year: 2021, method: 'survey', source: 'cri-2025', ranks: order('valmora', 'altamar', 'sorvik', 'drennick', 'kestrel') },
        { year: 2022, method: 'survey', source: 'cri-2025', ranks: order('valmora', 'sorvik', 'altamar', 'drennick', 'kestrel') },
        { year: 2023, method: 'survey', source: 'cri-2025', ranks: order('valmora', 'sorvik', 'drennick', 'altamar', 'kestrel') },
        { year: 2024, method: 'survey+sensors', source: 'cri-2025', ranks: order('kestrel', 'valmora', 'drennick', 'sorvik', 'altamar') },
        { year: 2025, method: 'survey+sensors', source: 'cri-2025', ranks: order('kestrel', 'valmora', 'drennick', 'sorvik', 'altamar') },
        { year: 2025, method: 'survey', hypothetical: true, source: 'cri-2025', ranks: order('valmora', 'kestrel', 'drennick', 'sorvik', 'altamar') },
      ],
    },
  ],
};

const loaded = loadDataset([{ path: 'cri.json', text: JSON.stringify(custom) }]);
assert.deepEqual(loaded.problems, []);
const cri = createEngine({ dataset: loaded.dataset });
const gii = createEngine({ dataset: await loadDefaultDataset() });

interface Seen {
  rule: string;
  stated: string;
  fix?: string;
  suggestion?: string;
}

function findings(engine: typeof cri, text: string): Seen[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'rank' || d.ruleId === 'rank-years')
    .map((d) => ({
      rule: d.ruleId,
      stated: text.slice(d.range.start, d.range.end),
      ...(d.fix ? { fix: d.fix.edits.map((e) => e.newText).join(' ') } : {}),
      // A fix whose reading lent a slot (lent-slots.ts) is offered as a suggestion.
      ...(!d.fix && d.suggestions?.some((x) => /if the reading is right/.test(x.title)) ? { suggestion: d.suggestions[0]!.edits.map((e) => e.newText).join(' ') } : {}),
    }));
}
const check = (text: string) => findings(cri, `${text}\n`);

describe('each ordinal takes the year of its own clause', () => {
  it('reads the issue sentence with a user dataset: 2nd for 2024, 1st for 2022 and 2023', () => {
    assert.deepEqual(check('Kestrel Bay ranked 1st in the 2024 index, after ranking 5th in 2021 and 2022.'), []);
    assert.deepEqual(check('Valmora ranked 2nd in the 2024 CRI, after ranking 1st in 2022 and 2023.'), []);
  });
  it('flags a listed year that does not hold the rank, without a fix', () => {
    assert.deepEqual(check('Valmora ranked 2nd in the 2024 CRI, after ranking 1st in 2020 and 2021.'), [{ rule: 'rank-years', stated: '1st' }]);
  });
  it('reads "up from tenth a year earlier" against the edition before', () => {
    assert.deepEqual(check('Drennick rose to third place in the 2023 CRI, up from fourth a year earlier.'), []);
    assert.deepEqual(check('Drennick rose to third place in the 2023 CRI, up from fifth a year earlier.'), [{ rule: 'rank', stated: 'fifth', suggestion: 'fourth' }]);
  });
});

describe('the subject of a rank is the noun its clause speaks of', () => {
  it('reads the issue sentence: Seoul fifth, Beijing fourth', () => {
    assert.deepEqual(findings(gii, 'In the 2025 GII cluster ranking, Seoul placed fifth, behind Beijing, which ranked fourth.\n'), []);
  });
  it('gives a relative clause the noun before it, and fixes it against that noun', () => {
    assert.deepEqual(check('In the 2025 CRI, Sorvik placed fourth, behind Drennick, which ranked third.'), []);
    assert.deepEqual(check('In the 2025 CRI, Sorvik placed fourth, behind Drennick, which ranked second.'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });
  it('never takes the other party of "ahead of", "overtaking" or "than" as the subject', () => {
    assert.deepEqual(check('Kestrel Bay came first in the 2024 CRI, ahead of Valmora.'), []);
    assert.deepEqual(check('In 2023, Drennick climbed to third in the CRI, overtaking Altamar.'), []);
    assert.deepEqual(check('In the 2022 CRI Sorvik ranked higher than Altamar, placing second.'), []);
  });
  it('reads coordination "A placed 2nd and B took 1st"', () => {
    assert.deepEqual(check('In the 2025 CRI, Valmora placed 2nd and Kestrel Bay took 1st.'), []);
    assert.deepEqual(check('In the 2025 CRI, Valmora placed 2nd and Kestrel Bay took 3rd.'), [{ rule: 'rank', stated: '3rd', fix: '1st' }]);
    assert.deepEqual(check('Further down the 2023 CRI, Drennick is third, Altamar fourth and Kestrel Bay fifth.'), []);
    assert.deepEqual(check('Further down the 2023 CRI, Drennick is third, Altamar fifth and Kestrel Bay fifth.'), [{ rule: 'rank', stated: 'fifth', fix: 'fourth' }]);
  });
  it('resolves "it" and "the city" to the subject named before, in the paragraph', () => {
    assert.deepEqual(check('Drennick invested heavily in flood defences. In the 2025 CRI it placed third.'), []);
    assert.deepEqual(check('Drennick invested heavily in flood defences. In the 2025 CRI the city placed fifth.'), [{ rule: 'rank', stated: 'fifth', suggestion: 'third' }]);
  });
  it('does not resolve a pronoun across another name or paragraph', () => {
    assert.deepEqual(check('Drennick invested in flood defences.\n\nIn the 2025 CRI it placed fifth.'), []);
    assert.deepEqual(check('Drennick invested in flood defences. Marlow never did. In the 2025 CRI it placed fifth.'), []);
    assert.deepEqual(check('In the 2025 CRI, Kestrel Bay came first and Marlow placed fifth.'), []);
  });
  it('takes the subject from a heading whose own number is not a rank', () => {
    assert.deepEqual(check('### 2. Drennick\n\nThe city placed third in the 2025 CRI.'), []);
    assert.deepEqual(check('### 2. Drennick\n\nThe city placed fourth in the 2025 CRI.'), [{ rule: 'rank', stated: 'fourth', suggestion: 'third' }]);
  });
  it('leaves a rank of something the entity has ("Valmora’s budget is second") alone', () => {
    assert.deepEqual(check('In the 2025 CRI year, Valmora’s budget was second only to Kestrel Bay’s.'), []);
  });
});

describe('counterfactuals, quoted history and ordinals that are not ranks', () => {
  it('checks a counterfactual only against a counterfactual edition', () => {
    assert.deepEqual(check('In the 2025 CRI Kestrel Bay came first; under the old survey method Valmora would have ranked first.'), []);
    assert.deepEqual(check('In the 2025 CRI Kestrel Bay came first; under the old survey method Valmora would have ranked third.'), [
      { rule: 'rank', stated: 'third', fix: 'first' },
    ]);
    assert.deepEqual(check('Under the old method Valmora would have ranked fourth in the 2023 CRI.'), []);
  });
  it('checks quoted history against its own editions, not the latest', () => {
    assert.deepEqual(check('Valmora ranked first in the CRI from 2021 to 2023.'), []);
    assert.deepEqual(check('Valmora ranked first in the CRI from 2020 to 2023.'), [{ rule: 'rank-years', stated: '2020 to 2023' }]);
  });
  it('reads no rank in "the third edition", "the 2nd floor" or an unnamed "fourth-largest"', () => {
    assert.deepEqual(check('The 2025 CRI is the third edition to weigh sensors. Valmora’s office is on the 2nd floor.'), []);
    assert.deepEqual(check('Altamar is the fourth-largest economy in the region.'), []);
  });
  it('reads no claim in a denied rank', () => {
    assert.deepEqual(check('Altamar has not ranked first in the CRI since 2020.'), []);
    assert.deepEqual(check('Sorvik never topped the CRI between 2020 and 2025.'), []);
  });
  it('checks a rank with no year against the latest edition only when nothing says otherwise', () => {
    assert.deepEqual(check('Kestrel Bay ranks first in the CRI.'), []);
    assert.deepEqual(check('Sorvik ranks second in the CRI.'), [{ rule: 'rank', stated: 'second' }]);
    assert.deepEqual(check('Sorvik ranked second in the CRI until its survey scores slipped.'), []);
    assert.deepEqual(check('The 2022 CRI changed its weights. Sorvik ranks second in the CRI.'), []);
  });
});

describe('the rank family: symbols, words and superlatives', () => {
  it('reads #3, No. 3 and number three', () => {
    assert.deepEqual(check('Drennick is #3 in the 2025 CRI. Drennick was No. 3 in the 2024 CRI. Drennick was number three in the 2023 CRI.'), []);
    assert.deepEqual(check('Kestrel Bay is #2 in the 2025 CRI.'), [{ rule: 'rank', stated: '#2', fix: '#1' }]);
    assert.deepEqual(check('Sorvik was number two in the 2025 CRI.'), [{ rule: 'rank', stated: 'number two' }]);
  });
  it('reads runner-up, topped, led, came first and the top spot', () => {
    assert.deepEqual(check('Valmora was the runner-up in the 2025 CRI. Kestrel Bay topped the 2024 CRI. Valmora led the resilience index in 2022. Valmora came first in the 2023 CRI.'), []);
    assert.deepEqual(check('Sorvik was the runner-up in the 2025 CRI.'), [{ rule: 'rank', stated: 'runner-up' }]);
    assert.deepEqual(check('Sorvik topped the 2023 CRI.'), [{ rule: 'rank', stated: 'topped' }]);
    assert.deepEqual(check('In the 2021 CRI, Altamar took the top spot.'), [{ rule: 'rank', stated: 'the top spot' }]);
  });
  it('reads "the top city", "top-ranked" and a rank given as the object ("the index placed Sorvik fourth")', () => {
    assert.deepEqual(check('The 2025 CRI named Kestrel Bay the top city. The 2024 CRI placed Sorvik fourth.'), []);
    assert.deepEqual(check('The 2025 CRI named Sorvik the top city.'), [{ rule: 'rank', stated: 'the top city' }]);
    assert.deepEqual(check('The 2024 CRI placed Sorvik second.'), [{ rule: 'rank', stated: 'second', fix: 'fourth' }]);
  });
  it('reads a count after the rank ("first for four straight years") as a run, not another measure', () => {
    assert.deepEqual(check('Until 2023, Valmora had been ranked first in the CRI for three straight years.'), []);
    assert.deepEqual(check('Until 2023, Valmora had been ranked first in the CRI for four straight years.'), [{ rule: 'rank-years', stated: 'for four straight years' }]);
  });
  it('reads top three and a superlative ordinal when the ranking is named', () => {
    assert.deepEqual(check('In the 2025 CRI, Drennick is among the top three.'), []);
    assert.deepEqual(check('In the 2025 CRI, Sorvik is among the top three.'), [{ rule: 'rank', stated: 'top three' }]);
    assert.deepEqual(check('In the 2025 CRI, Drennick has the third-highest score.'), []);
    assert.deepEqual(check('In the 2025 CRI, Sorvik has the second-highest score.'), [{ rule: 'rank', stated: 'second', fix: 'fourth' }]);
  });
});

describe('runs of editions in any rank phrasing', () => {
  it('reads "held the top spot from … to …"', () => {
    assert.deepEqual(check('Valmora held the top spot in the CRI from 2021 to 2023.'), []);
    assert.deepEqual(check('Valmora held the top spot in the CRI from 2021 to 2024.'), [{ rule: 'rank-years', stated: '2021 to 2024' }]);
  });
  it('reads "every year since"', () => {
    assert.deepEqual(check('Kestrel Bay has been first in the CRI every year since 2024.'), []);
    assert.deepEqual(check('Kestrel Bay has been first in the CRI every year since 2023.'), [{ rule: 'rank-years', stated: 'every year since 2023' }]);
  });
  it('reads "for N consecutive years" with its end', () => {
    assert.deepEqual(check('Valmora topped the CRI for three consecutive years, up to and including 2023.'), []);
    assert.deepEqual(check('Valmora topped the CRI for four consecutive years, up to and including 2023.'), [{ rule: 'rank-years', stated: 'for four consecutive years' }]);
    assert.deepEqual(check('Kestrel Bay topped the 2025 CRI for the second consecutive year.'), []);
    assert.deepEqual(check('Kestrel Bay topped the 2025 CRI for the third consecutive year.'), [{ rule: 'rank-years', stated: 'for the third consecutive year' }]);
  });
  it('reads "2021–23", "from 2021 through 2023", "from 2024 onwards" and "since its first edition"', () => {
    assert.deepEqual(check('Valmora topped the CRI in 2021–23.'), []);
    assert.deepEqual(check('Valmora topped the CRI in 2021–24.'), [{ rule: 'rank-years', stated: '2021–24' }]);
    assert.deepEqual(check('Valmora ranked first in the CRI from 2021 through 2023.'), []);
    assert.deepEqual(check('Valmora ranked first in the CRI from 2021 through 2024.'), [{ rule: 'rank-years', stated: 'from 2021 through 2024' }]);
    assert.deepEqual(check('Kestrel Bay has ranked first in the CRI from 2024 onwards.'), []);
    assert.deepEqual(check('Kestrel Bay has ranked first in the CRI from 2023 onwards.'), [{ rule: 'rank-years', stated: 'from 2023 onwards' }]);
    assert.deepEqual(check('Valmora has ranked in the top three of the CRI since its first edition.'), []);
    assert.deepEqual(check('Sorvik has ranked in the top three of the CRI since its first edition.'), [{ rule: 'rank-years', stated: 'since its first edition' }]);
  });
  it('reads "a three-year run" and "three years at the top"', () => {
    assert.deepEqual(check('Valmora had a three-year run at the top of the CRI, up to and including 2023.'), []);
    assert.deepEqual(check('Valmora spent four years at the top of the CRI, up to and including 2023.'), [{ rule: 'rank-years', stated: 'four years at the top' }]);
  });
  it('takes no end for a counted run from some other year in the sentence', () => {
    assert.deepEqual(check('Valmora topped the CRI for three straight editions before slipping in 2024.'), []);
    assert.deepEqual(check('Valmora topped the CRI for four straight editions before slipping in 2024.'), [{ rule: 'rank-years', stated: 'for four straight editions' }]);
  });
  it('reads "N straight editions" with no end only when no run is that long', () => {
    assert.deepEqual(check('Valmora led the resilience index for three straight editions.'), []);
    assert.deepEqual(check('Valmora led the resilience index for five straight editions.'), [{ rule: 'rank-years', stated: 'for five straight editions' }]);
  });
});

describe('edition tables', () => {
  it('reads plain ranks in year columns under a caption that speaks of places', () => {
    const table = (a: number) =>
      `## The top five in the CRI, edition by edition\n\n| City | 2022 | 2023 | 2024 |\n| --- | :---: | :---: | :---: |\n| Valmora | 1 | 1 | 2 |\n| Sorvik | 2 | 2 | 4 |\n| Drennick | 4 | ${a} | 3 |\n`;
    assert.deepEqual(check(table(3)), []);
    assert.deepEqual(check(table(4)), [{ rule: 'rank', stated: '4', fix: '3' }]);
  });
  it('reads a column headed "rank" with the entity in the header', () => {
    const table = (a: number) => `Position in the CRI:\n\n| Edition | Sorvik rank |\n| --- | ---: |\n| 2021 | 3 |\n| 2022 | ${a} |\n`;
    assert.deepEqual(check(table(2)), []);
    assert.deepEqual(check(table(3)), [{ rule: 'rank', stated: '3', fix: '2' }]);
  });
  it('leaves a column of counts alone', () => {
    assert.deepEqual(check('Population in the CRI cities:\n\n| City | 2022 | 2023 |\n| --- | ---: | ---: |\n| Valmora | 12 | 13 |\n| Sorvik | 7 | 9 |\n'), []);
  });
});
