// Rank phrasing families (acc-rank): "outside the top three", "the index leader", "bottom of the <ranking>", "from the
// 2022 edition to the 2024 edition", "after two years at the bottom", "in both 2023 and 2024", "X, not Y, would have…",
// "Name (4th)" — on a made-up ranking of ski resorts, with findings and look-alikes that must stay silent.
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
    { year: 2022, method: 'revised: water-use indicator added', source: 'arsr', ranks: places(['ctv', 'brw', 'fks', 'glh', 'osw']) },
    { year: 2023, method: 'revised: water-use indicator added', source: 'arsr', ranks: places(['ctv', 'fks', 'brw', 'glh', 'osw']) },
    { year: 2024, method: 'revised: water-use indicator added', source: 'arsr', ranks: places(['ctv', 'fks', 'brw', 'osw', 'glh']) },
    { year: 2022, method: 'old (2019–2021) method: no water-use indicator', hypothetical: true, source: 'arsr', ranks: places(['brw', 'ctv', 'fks', 'glh', 'osw']) },
  ]),
});

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['rank', 'rank-years']));
}

describe('rank: "outside the top N"', () => {
  it('reads a place below the top N, in one edition and over a run', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Ostwand was outside the top three.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein was just outside the top three.\n'), [{ rule: 'rank', stated: 'top three' }]);
    assert.deepEqual(findings('Glimmerhorn has been outside the top three of the ARSR in every edition since 2019.\n'), []);
    assert.deepEqual(findings('Falkstein has stayed out of the top two of the ARSR since 2022.\n'), [{ rule: 'rank-years', stated: 'since 2022' }]);
  });

  it('still reads "in the top three" as a place within it', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein was in the top three.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR, Ostwand was in the top three.\n'), [{ rule: 'rank', stated: 'top three' }]);
  });
});

describe('rank: "the index leader"', () => {
  it('reads "leader" as first place where the ranking stands beside it', () => {
    assert.deepEqual(findings('Cortina Vale has been the ARSR leader since 2022.\n'), []);
    assert.deepEqual(findings('Cortina Vale has been the ARSR leader since 2021.\n'), [{ rule: 'rank-years', stated: 'since 2021' }]);
    assert.deepEqual(findings('Brennwald Resort was the leader of the 2023 ARSR.\n'), [{ rule: 'rank', stated: 'the leader' }]);
    assert.deepEqual(findings('Brennwald Resort was the overall leader in the 2021 ranking of the ARSR.\n'), []);
  });

  it('reads no place in other leaders or in a lost lead', () => {
    assert.deepEqual(findings('Falkstein is the market leader in ski passes, according to the 2023 ARSR.\n'), []);
    assert.deepEqual(findings('In the 2023 ARSR, Glimmerhorn praised its team leader.\n'), []);
    assert.deepEqual(findings('Brennwald Resort lost its place as the ARSR leader in 2022.\n'), []);
  });
});

describe('rank: "bottom of the <ranking>"', () => {
  it('reads the last place when the ranking is named right after "bottom of"', () => {
    assert.deepEqual(findings('Ostwand finished bottom of the 2022 ARSR.\n'), []);
    assert.deepEqual(findings('Glimmerhorn finished bottom of the 2023 ARSR.\n'), [{ rule: 'rank', stated: 'finished bottom' }]);
    assert.deepEqual(findings('Ostwand sat at the bottom of the ARSR in 2019, 2020 and 2022.\n'), []);
    assert.deepEqual(findings('Ostwand sat at the bottom of the ARSR in 2019, 2020 and 2021.\n'), [{ rule: 'rank-years', stated: 'sat at the bottom' }]);
  });

  it('reads no place in a bottom that is left, or in other bottoms', () => {
    assert.deepEqual(findings('In 2024 Glimmerhorn climbed off the bottom of the ARSR.\n'), []);
    assert.deepEqual(findings('Falkstein sits at the bottom of the valley, below the 2023 ARSR leader.\n'), []);
    assert.deepEqual(findings('The methodology is at the bottom of the 2023 ARSR report.\n'), []);
  });
});

describe('rank-years: runs written with editions, and runs before a change', () => {
  it('reads "from the 2022 edition to the 2024 edition" and "between the 2022 and 2024 editions"', () => {
    assert.deepEqual(findings('Cortina Vale ranked first in the ARSR from the 2022 edition to the 2024 edition.\n'), []);
    assert.deepEqual(findings('Cortina Vale ranked first in the ARSR from the 2021 edition to the 2024 edition.\n'), [{ rule: 'rank-years', stated: 'from the 2021 edition to the 2024 edition' }]);
    assert.deepEqual(findings('Brennwald Resort was first in the ARSR between the 2019 and 2022 editions.\n'), [{ rule: 'rank-years', stated: 'between the 2019 and 2022 editions' }]);
  });

  it('reads "after two years at the bottom" as the run before the sentence\'s year', () => {
    assert.deepEqual(findings('Ostwand rose to fourth in the 2024 ARSR after two years at the bottom of the table.\n'), []);
    assert.deepEqual(findings('Ostwand rose to fourth in the 2024 ARSR after three years at the bottom of the table.\n'), [{ rule: 'rank-years', stated: 'after three years at' }]);
  });

  it('reads "in both 2023 and 2024" and "in the 2022 and 2023 editions" as listed years, with no fix', () => {
    assert.deepEqual(findings('Falkstein placed second in the ARSR in both 2023 and 2024.\n'), []);
    assert.deepEqual(findings('Falkstein placed second in the ARSR in both 2022 and 2024.\n'), [{ rule: 'rank-years', stated: 'second' }]);
    assert.deepEqual(findings('Falkstein was third in the 2021 and 2022 editions of the ARSR.\n'), []);
    assert.deepEqual(findings('Falkstein was third in the 2020 and 2021 editions of the ARSR.\n'), [{ rule: 'rank-years', stated: 'third' }]);
  });
});

describe('rank: who the rank is about', () => {
  it('does not take a denied alternative ("X, not Y, would have…") for the subject', () => {
    const text = 'Cortina Vale has ranked first in every ARSR edition since 2022. Under the old method, Brennwald Resort, not Cortina Vale, would have ranked first in 2022; Cortina Vale would have been second.\n';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings('Under the old method, Cortina Vale, not Brennwald Resort, would have ranked first in the 2022 ARSR.\n'), [{ rule: 'rank', stated: 'first', fix: 'second' }]);
  });

  it('reads a bracketed place right after a name', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein (2nd) and Ostwand (4th) both improved.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein (2nd) and Ostwand (5th) both improved.\n'), [{ rule: 'rank', stated: '5th', fix: '4th' }]);
    assert.deepEqual(findings('In the 2024 ARSR, Ostwand (5 lifts) was praised.\n'), []);
  });
});

describe('rank-years: opening adverbials, counted runs and method changes', () => {
  it('reads the years of an opening "Since 2022," or "From 2019 to 2021," as the rank\'s, never as one edition', () => {
    assert.deepEqual(findings('Since 2022, Cortina Vale has ranked first in the ARSR.\n'), []);
    assert.deepEqual(findings('Since 2021, Cortina Vale has ranked first in the ARSR.\n'), [{ rule: 'rank-years', stated: 'Since 2021' }]);
    assert.deepEqual(findings('From 2019 to 2021, Brennwald Resort topped the ARSR.\n'), []);
    assert.deepEqual(findings('In every ARSR edition between 2019 and 2022, Brennwald Resort came first.\n'), [{ rule: 'rank-years', stated: '2019 and 2022', suggestion: '2019 and 2021' }]);
    assert.deepEqual(findings('Since 2022, when the water-use indicator was added, Cortina Vale has ranked first in the ARSR.\n'), []);
  });

  it('does not lend an opening adverbial to a rank in a later, unrelated clause, nor read "three times since" as a run', () => {
    assert.deepEqual(findings('Between 2019 and 2021, visitor numbers rose sharply, and Falkstein ranked second in the ARSR.\n'), []);
    assert.deepEqual(findings('From 2019 to 2021, the ARSR used no water indicator; Falkstein ranked second in 2024.\n'), []);
    assert.deepEqual(findings('Cortina Vale has topped the ARSR three times since 2019.\n'), []);
    assert.deepEqual(findings('Since its first edition in 2019, the ARSR has ranked Brennwald Resort first three times.\n'), []);
  });

  it('reads "for the fourth year running" and "ever since 2022"', () => {
    assert.deepEqual(findings('Cortina Vale topped the 2024 ARSR for the third year running.\n'), []);
    assert.deepEqual(findings('Cortina Vale topped the 2024 ARSR for the fourth year running.\n'), [{ rule: 'rank-years', stated: 'for the fourth year running' }]);
    assert.deepEqual(findings('Cortina Vale has topped the ARSR ever since 2022.\n'), []);
    assert.deepEqual(findings('Cortina Vale has topped the ARSR ever since 2021.\n'), [{ rule: 'rank-years', stated: 'ever since 2021' }]);
  });

  it('reads "since the method change" from the one change between official editions', () => {
    assert.deepEqual(findings('Cortina Vale has ranked first in the ARSR since the method change.\n'), []);
    assert.deepEqual(findings('Brennwald Resort has ranked second in the ARSR since the method change.\n'), [{ rule: 'rank-years', stated: 'since the method change' }]);
    assert.deepEqual(findings('Cortina Vale has been first in every ARSR edition since its 2022 revision.\n'), []);
  });

  it('reads "was top of the <ranking>" and "has been last"', () => {
    assert.deepEqual(findings('Cortina Vale was top of the 2023 ARSR.\n'), []);
    assert.deepEqual(findings('Brennwald Resort was top of the 2023 ARSR.\n'), [{ rule: 'rank', stated: 'was top' }]);
    assert.deepEqual(findings('Falkstein was top of the class in the 2023 ARSR snow survey.\n'), []);
    assert.deepEqual(findings('Ostwand has been last in the ARSR since 2022.\n'), [{ rule: 'rank-years', stated: 'since 2022' }]);
    assert.deepEqual(findings('Ostwand has been last in both the 2022 and 2023 ARSR editions.\n'), []);
  });
});

describe('rank-years: runs counted from either end, runs before the rank, runs in a cell', () => {
  it('reads "the first three editions", "the three most recent editions" and "every edition before 2022"', () => {
    assert.deepEqual(findings('Brennwald Resort ranked first in the first three editions of the ARSR.\n'), []);
    assert.deepEqual(findings('Brennwald Resort ranked first in the first four editions of the ARSR.\n'), [{ rule: 'rank-years', stated: 'in the first four editions' }]);
    assert.deepEqual(findings('Cortina Vale has been first in the three most recent ARSR editions.\n'), []);
    assert.deepEqual(findings('Cortina Vale has been first in the four most recent ARSR editions.\n'), [{ rule: 'rank-years', stated: 'in the four most recent ARSR editions' }]);
    assert.deepEqual(findings('Brennwald Resort ranked first in every ARSR edition before 2022.\n'), []);
    assert.deepEqual(findings('Brennwald Resort ranked first in every ARSR edition up to 2022.\n'), [{ rule: 'rank-years', stated: 'in every ARSR edition up to 2022' }]);
  });

  it('reads no rank in the ordinal of "the first four editions"', () => {
    assert.deepEqual(findings('Glimmerhorn took part in the first four editions of the ARSR.\n'), []);
  });

  it('reads "after two years as runner-up" right before the rank as the run before the sentence\'s year', () => {
    assert.deepEqual(findings('Brennwald Resort finished third in the 2023 ARSR, after a year as runner-up.\n'), []);
    assert.deepEqual(findings('Ostwand rose to fourth in the 2024 ARSR, after two years in last place.\n'), []);
    assert.deepEqual(findings('Ostwand rose to fourth in the 2024 ARSR, after a year in last place.\n'), [{ rule: 'rank-years', stated: 'after a year' }]);
    assert.deepEqual(findings('Brennwald Resort finished third in the 2024 ARSR, after two years as runner-up.\n'), [{ rule: 'rank-years', stated: 'after two years as' }]);
  });

  it('reads a run written in a table cell, never as one edition with a fix', () => {
    const table = (cell: string) => `| Resort | ARSR position |\n| --- | --- |\n| Cortina Vale | ${cell} |\n`;
    assert.deepEqual(findings(table('1st since 2022')), []);
    assert.deepEqual(findings(table('1st since 2021')), [{ rule: 'rank-years', stated: 'since 2021' }]);
    assert.deepEqual(findings(table('1st until 2021')), []);
  });

  it('reads a bare ordinal followed by a run of editions ("Name: first in every edition since 2022")', () => {
    assert.deepEqual(findings('- **Cortina Vale**: first in every ARSR edition since 2022.\n'), []);
    assert.deepEqual(findings('- **Brennwald Resort**: first in every ARSR edition since 2019.\n'), [{ rule: 'rank-years', stated: 'since 2019' }]);
    assert.deepEqual(findings('Falkstein, third in every ARSR edition since 2022, lags on water use.\n'), [{ rule: 'rank-years', stated: 'since 2022' }]);
  });

  it('checks a counterfactual run only against counterfactual editions', () => {
    assert.deepEqual(findings('Critics say a fairer ARSR would make Falkstein second in every edition from 2020 to 2024.\n'), []);
  });
});

describe('rank: references back to the subject', () => {
  it('reads "The Institute", "the station" and "We" as the subject of the sentence before', () => {
    assert.deepEqual(findings('Falkstein opened a new lift in 2023. The Resort has ranked second in the ARSR since 2023.\n'), []);
    assert.deepEqual(findings('Falkstein opened a new lift in 2023. The Resort has ranked second in the ARSR since 2022.\n'), [{ rule: 'rank-years', stated: 'since 2022' }]);
    assert.deepEqual(findings('Falkstein finished second in the 2024 ARSR. We were also runner-up in 2023 and third in 2022.\n'), []);
    assert.deepEqual(findings('Falkstein finished second in the 2024 ARSR. We were also runner-up in 2022.\n'), [{ rule: 'rank', stated: 'runner-up' }]);
  });

  it('reads no back reference across another name', () => {
    assert.deepEqual(findings('Falkstein finished second in the 2024 ARSR. Ostwand noted that we were third in 2022.\n'), []);
  });
});

describe('rank: other rankings and other measures than the dataset\'s', () => {
  const lead = 'Cortina Vale topped the 2024 ARSR. ';
  it('reads no rank in another named ranking, survey or component', () => {
    assert.deepEqual(findings(`${lead}In the Piste Quality Index, however, Cortina Vale ranked third in 2024.\n`), []);
    assert.deepEqual(findings(`${lead}In the Snow & Ski Magazine resort league table, Cortina Vale ranked third.\n`), []);
    assert.deepEqual(findings(`${lead}In a separate survey by the Lift Operators Guild, Cortina Vale was third.\n`), []);
    assert.deepEqual(findings(`${lead}In our own internal ranking for 2024, Cortina Vale placed third.\n`), []);
    assert.deepEqual(findings(`${lead}In the water-use component, Cortina Vale ranked third.\n`), []);
  });

  it('reads no rank on another measure, of something the subject has, or in an unnamed counterfactual', () => {
    assert.deepEqual(findings(`${lead}On snowmaking energy per skier, Cortina Vale ranks third.\n`), []);
    assert.deepEqual(findings(`${lead}Its lift capacity ranked third.\n`), []);
    assert.deepEqual(findings(`${lead}By visitor numbers alone, Cortina Vale would rank third.\n`), []);
    assert.deepEqual(findings('The ARSR lists five resorts. Cortina Vale is the third-oldest resort in the 2024 ARSR.\n'), []);
  });

  it('still reads the dataset\'s ranking named by its own words, or the rank that follows another ranking in the sentence', () => {
    assert.deepEqual(findings(`${lead}In the ARSR league table, Falkstein ranked third in 2024.\n`), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
    assert.deepEqual(findings(`${lead}In the Alpine Resort Sustainability table, Falkstein ranked third in 2024.\n`), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
    assert.deepEqual(findings('Falkstein ranked first in the Piste Quality Index but third in the 2024 ARSR.\n'), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
  });
});

describe('rank: places counted from the bottom, lists of places, labelled years', () => {
  it('reads "second from the bottom" as counted from the end of a complete table, with no fix', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Ostwand was second from the bottom.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein was second from the bottom.\n'), [{ rule: 'rank', stated: 'second from the bottom' }]);
  });

  it('reads a list of spelled places after names, the ranking named in the sentence or in the heading of the list', () => {
    assert.deepEqual(findings('The 2024 ARSR: Cortina Vale first, Falkstein second, Brennwald Resort third.\n'), []);
    assert.deepEqual(findings('The 2024 ARSR: Cortina Vale first, Falkstein second, Brennwald Resort second.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
    assert.deepEqual(findings('### ARSR places by year\n\n- 2023: Falkstein second\n- 2024: Falkstein second\n'), []);
    assert.deepEqual(findings('### ARSR places by year\n\n- 2022: Falkstein second\n- 2024: Falkstein second\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });

  it('reads no place in a spelled ordinal that goes on as an adverb', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Ostwand first introduced a water-use score.\n'), []);
  });

  it('reads a labelled span or year ("- 2019–2021: …") as the rank\'s time', () => {
    assert.deepEqual(findings('- 2019–2021: Brennwald Resort ranked first in the ARSR\n'), []);
    assert.deepEqual(findings('- 2019–2022: Brennwald Resort ranked first in the ARSR\n'), [{ rule: 'rank-years', stated: '2019–2022', suggestion: '2019–2021' }]);
    assert.deepEqual(findings('- **2022:** Falkstein ranked second in the ARSR\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });
});

describe('rank: the holder named after the place, and other words for first place', () => {
  it('reads "topped by X", "the top spot went to X" and "second place went to X"', () => {
    assert.deepEqual(findings('The ARSR has been topped by Cortina Vale every year since 2022.\n'), []);
    assert.deepEqual(findings('The ARSR has been topped by Cortina Vale every year since 2021.\n'), [{ rule: 'rank-years', stated: 'every year since 2021' }]);
    assert.deepEqual(findings('In the 2024 ARSR, the top spot went to Cortina Vale.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR, the top spot went to Falkstein.\n'), [{ rule: 'rank', stated: 'the top spot' }]);
    assert.deepEqual(findings('In the 2024 ARSR, second place went to Brennwald Resort.\n'), [{ rule: 'rank', stated: 'second place' }]);
  });

  it('reads no place where something else is led by a name', () => {
    assert.deepEqual(findings('The 2024 ARSR snow study was led by Falkstein.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR year, the lift consortium was led by Falkstein.\n'), []);
  });

  it('reads "headed", "sat atop", "pole position", "at the head of" and "the number-one spot"', () => {
    assert.deepEqual(findings('Brennwald Resort headed the ARSR from 2019 to 2021.\n'), []);
    assert.deepEqual(findings('Brennwald Resort headed the ARSR from 2019 to 2022.\n'), [{ rule: 'rank-years', stated: '2019 to 2022', suggestion: '2019 to 2021' }]);
    assert.deepEqual(findings('Brennwald Resort sat atop the 2022 ARSR.\n'), [{ rule: 'rank', stated: 'sat atop' }]);
    assert.deepEqual(findings('Cortina Vale held pole position in the ARSR from 2022 to 2024.\n'), []);
    assert.deepEqual(findings('Falkstein was at the head of the 2023 ARSR table.\n'), [{ rule: 'rank', stated: 'was at the head' }]);
    assert.deepEqual(findings('Brennwald Resort held the number-one spot in the ARSR from 2019 to 2022.\n'), [{ rule: 'rank-years', stated: '2019 to 2022', suggestion: '2019 to 2021' }]);
  });
});

describe('rank: a place right after a compared name', () => {
  it('reads no subject when the place may be the compared name\'s or the subject\'s', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein finished one place ahead of Brennwald Resort, in second.\n'), []);
    assert.deepEqual(findings('In the 2024 ARSR, Falkstein finished ahead of Brennwald Resort in second place.\n'), []);
  });

  it('still reads a place right after a name that is the only candidate', () => {
    assert.deepEqual(findings('In the 2024 ARSR, Brennwald Resort came in second.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });
});

describe('rank: a list of names given as the top N', () => {
  it('checks every name listed after "the top three … were"', () => {
    assert.deepEqual(findings('The top three in the 2024 ARSR were Cortina Vale, Falkstein and Brennwald Resort.\n'), []);
    assert.deepEqual(findings('The top three in the 2024 ARSR were Cortina Vale, Falkstein and Ostwand.\n'), [{ rule: 'rank', stated: 'top three' }]);
    assert.deepEqual(findings('The 2024 ARSR top three: Cortina Vale, Ostwand and Falkstein.\n'), [{ rule: 'rank', stated: 'top three' }]);
  });

  it('reads no list where the names do more than stand in it', () => {
    assert.deepEqual(findings('The top three in the 2024 ARSR were all in Austria, unlike Ostwand and Glimmerhorn.\n'), []);
  });
});

describe('rank: a pronoun after a sentence that itself opens with a pronoun', () => {
  it('does not take a compared or listed name of that sentence as the antecedent', async () => {
    const { createEngine, loadDataset } = await import('factlint');
    const { readDatasetInputs } = await import('../../server/dist/node/dataset-files.js');
    const { fileURLToPath } = await import('node:url');
    const path = fileURLToPath(new URL('../../test/fixtures/clean-drafts/ferries/dataset.json', import.meta.url));
    const { dataset } = loadDataset(await readDatasetInputs([path]));
    const engine = createEngine({ dataset });
    const text =
      'Skarholm Line carried 903,000 passengers in 2024.\n\nWe dropped from second to third place in the 2024 Archipelago Service Index, behind Norrvik Ferries and Eastsound Shipping. We were first in the index’s first edition, in 2022.\n';
    assert.deepEqual(engine.check(text).diagnostics.filter((d) => d.ruleId === 'rank').map((d) => d.message), []);
  });
});

describe('rank: tables of ranks that are not the published ones', () => {
  const table = (caption: string, header: string, label = (name: string) => name) =>
    `${caption}\n\n| Resort | ${header} |\n| --- | ---: |\n| ${label('Brennwald Resort')} | 1 |\n| ${label('Cortina Vale')} | 2 |\n| ${label('Falkstein')} | 3 |\n`;

  it('reads no claim in a table recomputed under another method, by its caption, column header or row labels', () => {
    assert.deepEqual(findings(table('**ARSR 2022 recomputed with the 2019–2021 method** (not an official edition)', 'Rank, 2022')), []);
    assert.deepEqual(findings(table('**The ARSR in 2022.**', 'Rank under the old method, 2022')), []);
    assert.deepEqual(findings(table('**The ARSR in 2022.**', 'ARSR rank 2022', (n) => `${n} (old method)`)), []);
    assert.deepEqual(findings(table('**Projected ARSR places for 2022.**', 'Rank, 2022')), []);
  });

  it('still checks the published edition in the same layout', () => {
    assert.deepEqual(findings(table('**The ARSR in 2022.**', 'ARSR rank 2022')), [
      { rule: 'rank', stated: '1', fix: '2' },
      { rule: 'rank', stated: '2', fix: '1' },
    ]);
  });
});

describe('rank: "with X as runner-up"', () => {
  it('gives the place to the name right before "as", never to the subject of the sentence', () => {
    // Brennwald Resort was first in 2019 and 2020: "runner-up" is not its place.
    assert.deepEqual(findings('Brennwald Resort came first in the 2019 ARSR, with Cortina Vale as runner-up.\n'), []);
    assert.deepEqual(findings('Under the old method Brennwald Resort would still have come first in 2022, with Cortina Vale as runner-up.\n'), []);
  });
});

describe('rank: ordinals that number parts of a document or an argument', () => {
  it('reads no rank in "the third results table", "the second robustness check", "the fourth recommendation"', () => {
    assert.deepEqual(findings('Including Falkstein in the ARSR panels for 2019–2021 biases the estimates in the third results table.\n'), []);
    assert.deepEqual(findings('Glimmerhorn, in the 2024 ARSR data, fails the second robustness check.\n'), []);
    assert.deepEqual(findings('For Ostwand, the 2023 ARSR review makes the first recommendation.\n'), []);
  });

  it('still reads a rank followed by a ranking noun or a place', () => {
    assert.deepEqual(findings('Ostwand was third in the 2024 ARSR table.\n').map(({ rule, stated }) => ({ rule, stated })), [{ rule: 'rank', stated: 'third' }]);
  });
});

describe('rank: a sentence dated by the present and by a year', () => {
  it('leaves a clause without its own year undated ("this year" … "back in 2020")', () => {
    assert.deepEqual(findings('In the ARSR, Ostwand came in fifth this year, and Falkstein, second back in 2020, dropped a place to third.\n'), []);
  });

  it('still dates a clause by the one year of a sentence without "this year" or "now"', () => {
    assert.deepEqual(findings('In the 2020 ARSR, Falkstein came third.\n').map(({ rule, stated }) => ({ rule, stated })), [{ rule: 'rank', stated: 'third' }]);
  });
});
