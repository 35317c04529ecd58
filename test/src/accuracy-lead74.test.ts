// Readings added in round 74's session: false readings and misses of round 74's dev half, each with a twin that keeps
// the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';
import { scanNumbers } from '../../server/dist/engine/numbers.js';
import { lemma } from '../../server/dist/engine/context/lemma.js';

const seen = seenIn;

// Seeds: Institute of Science Tokyo 165 (2015) → 201 (2024): +21.8%, 2.2% a year.
describe('a cell of a "Growth" column that says "a year"', () => {
  const table = (growth: string) => `| University | 2015 | 2024 | Growth |\n| --- | --- | --- | --- |\n| University of Tokyo | 287 | 638 | +122% |\n| Institute of Science Tokyo | 165 | 201 | ${growth} |\n`;
  it('is an annual rate, not the total change', () => {
    assert.deepEqual(seen('seeds', table('2.2% a year'), ['percent-change', 'cagr']), []);
    assert.deepEqual(seen('seeds', table('3.2% a year'), ['percent-change', 'cagr']), [['cagr', '3.2%']]);
  });
  it('while a plain cell of the column is still the total change', () => {
    assert.deepEqual(seen('seeds', table('+21.8%'), ['percent-change', 'cagr']), []);
    assert.deepEqual(seen('seeds', table('+31.8%'), ['percent-change', 'cagr']), [['percent-change', '+31.8%']]);
  });
});

// Bikeshare: Tampere ranks first in the 2024 ECCI and third in 2018; by trips it is the second-busiest scheme.
describe('a bare place right after a sentence that orders the subjects by a measure', () => {
  const text = (place: string) =>
    `Tampere was ranked first in the European Cycling City Index (ECCI) 2024.\n\n- **Second-busiest scheme.** With those trips Tammerbikes overtook Murcia to become the second-busiest of the eight schemes, behind only Graz. In 2023 it was ${place}.\n`;
  it('goes on with that order, not the ranking’s', () => {
    assert.deepEqual(seen('bikeshare', text('third'), ['rank']), []);
  });
  it('while a place whose sentence names the ranking is still read', () => {
    assert.deepEqual(seen('bikeshare', 'Tampere was third in the European Cycling City Index (ECCI) 2024.\n', ['rank']), [['rank', 'third']]);
  });
});

// Canals: Ornelle admitted 29.0 thousand leisure craft in 2015, 35.6 thousand in 2024 (+22.8%).
describe('a later value with up to six words and its year before "up from"', () => {
  const text = (change: string) => `The Régie des Canaux de l'Ornelle admitted 35.6 thousand leisure craft to the canal in 2024, up from 29.0 thousand in 2015, a rise of ${change}.\n`;
  it('is the change’s later endpoint', () => {
    assert.deepEqual(seen('canals', text('27.8%'), ['percent-change']), [['percent-change', '27.8%']]);
    assert.deepEqual(seen('canals', text('22.8%'), ['percent-change']), []);
  });
});

// Seeds: the University of Tokyo's share of the three universities' papers, 60.7% (2015) → 70.7% (2024).
describe('four words or more before "up from" with no year of the later value', () => {
  it('make no pair, so a multiple of another clause is not checked against it', () => {
    const text = 'The University of Tokyo more than doubled its count and now accounts for 70.7 per cent of the three universities\' total, up from 60.7 per cent in 2015.\n';
    assert.deepEqual(seen('seeds', text, ['percent-change']), []);
  });
});

// Foodbanks: Glenmarrow supplied 97 partner charities in 2015 and 138 in 2024 (+42.3%).
describe('a later value whose noun is a list of nouns before "up from"', () => {
  const text = (change: string) => `- **Partners:** we now supply 138 partner charities, schools and community groups, up from 97 in 2015 — an increase of ${change}.\n`;
  it('is the change’s later endpoint', () => {
    assert.deepEqual(seen('foodbanks', text('52.3%'), ['percent-change']), [['percent-change', '52.3%']]);
    assert.deepEqual(seen('foodbanks', text('42.3%'), ['percent-change']), []);
  });
});

// Canals: the eight canals admitted 191.2 thousand leisure craft in 2024, Ornelle 35.6 thousand (18.6%).
describe('a group named by a word the aliases write capitalised or a description puts before its head noun', () => {
  const text = (share: string) => `In 2024 the Ornelle admitted ${share} of the eight canals' leisure craft.\n`;
  it('is the group of the dataset’s entities ("the eight canals")', () => {
    assert.deepEqual(seen('canals', text('21.6%'), ['share']), [['share', '21.6%']]);
    assert.deepEqual(seen('canals', text('18.6%'), ['share']), []);
  });
  it('while a group of another size is not', () => {
    assert.deepEqual(seen('canals', 'In 2024 the Ornelle admitted 21.6% of the three canals\' leisure craft.\n', ['share']), []);
  });
});

// Foodbanks: Glenmarrow's volunteers 342 (2015) → 435 (2024), 2.7% a year.
describe('an annual rate "by an average of" with its endpoints in the dataset', () => {
  const text = (rate: string) => `Glenmarrow's volunteers grew by an average of ${rate} a year between 2015 and 2024.\n`;
  it('is checked against the dataset’s endpoints', () => {
    assert.deepEqual(seen('foodbanks', text('3.7%'), ['cagr']), [['cagr', '3.7%']]);
    assert.deepEqual(seen('foodbanks', text('2.7%'), ['cagr']), []);
  });
  it('while "average" before the measure still names another measure', () => {
    assert.deepEqual(seen('foodbanks', "Glenmarrow's average volunteers grew by 3.7% a year between 2015 and 2024.\n", ['cagr']), []);
  });
});

// Marathons: Port Carrow was third in the 2022 APMQI and fourth in 2023 and 2024.
describe('"in each of the last three editions" restated as a span right after', () => {
  const text = (span: string) => `The APMQI is out. Port Carrow has finished fourth in each of the last three editions, ${span}.\n`;
  it('is the run of those editions', () => {
    assert.deepEqual(seen('marathons', text('from 2022 to 2024'), ['rank-years']), [['rank-years', 'in each of the last three editions']]);
  });
  it('while a span that is not theirs leaves the run unread', () => {
    assert.deepEqual(seen('marathons', text('from 2021 to 2024'), ['rank-years']), []);
  });
});

// Marathons: Port Carrow's charity money USD 4.5 million (2015) → 6.2 million (2024), +37.8%.
describe('an opening "Its" in a sentence whose measure only its figure names', () => {
  const text = (change: string) => `Port Carrow has finished fourth in the last editions. Its runners raised USD 6.2 million for charity in 2024, ${change} more than in 2015.\n`;
  it('is the entity the sentence before names, when the figure equals its fact', () => {
    assert.deepEqual(seen('marathons', text('67.5%'), ['percent-change']), [['percent-change', '67.5%']]);
    assert.deepEqual(seen('marathons', text('37.8%'), ['percent-change']), []);
  });
  it('while a figure that equals none of its facts names no measure', () => {
    assert.deepEqual(seen('marathons', 'Port Carrow has finished fourth in the last editions. Its runners raised USD 7.9 million for charity in 2024, 67.5% more than in 2015.\n', ['percent-change']), []);
  });
});

// Stadiums: Eemhoven sold 16,510 season tickets in 2023 and 16,210 in 2024 (−1.8%).
describe('a later value "for the 2024 season", its change "on the record" earlier value', () => {
  const text = (change: string) => `We sold 16,210 season tickets for the 2024 season, down ${change} on the record 16,510 of 2023.\n`;
  it('pairs the two values', () => {
    assert.deepEqual(seen('stadiums', text('3.8%'), ['percent-change']), [['percent-change', '3.8%']]);
    assert.deepEqual(seen('stadiums', text('1.8%'), ['percent-change']), []);
  });
});

// Stadiums: Olszynka was seventh in the 2021 FEI, first in 2023 and 2024.
describe('"as recently as 2021" after a place', () => {
  const text = (place: string) => `Olszynka is the story of the Fan Experience Index. They were ${place} as recently as 2021, and now they have finished first in both 2023 and 2024.\n`;
  it('dates the place, whatever years a later clause gives', () => {
    assert.deepEqual(seen('stadiums', text('eighth'), ['rank']), [['rank', 'eighth']]);
    assert.deepEqual(seen('stadiums', text('seventh'), ['rank']), []);
  });
});

// Fisheries: Norðvík topped the 2024 RFI and was third in 2019; Ballynacrone (the speech's harbour) was fifth in 2019.
describe('"it" after a name earlier in its own sentence', () => {
  it('is not given to a subject found farther off', () => {
    const text = '# Speech at Ballynacrone harbour\n\nThe Faroese port of Norðvík topped the 2024 Responsible Fishing Index with a score of 85.1, yet it sat fifth in 2019.\n';
    assert.deepEqual(seen('fisheries', text, ['rank']).filter(([, stated]) => stated === 'fifth'), []);
  });
  it('while "it" with no name before it in its sentence still reads back', () => {
    assert.deepEqual(seen('stadiums', 'Olszynka is the story of the Fan Experience Index. It was eighth as recently as 2021.\n', ['rank']), [['rank', 'eighth']]);
  });
});

// Seeds: Keio's Sweden-linked papers 21 (2015) → 63 (2024), ×3.
describe('a pronoun multiple with a concession about its base', () => {
  const text = (multiple: string, base = 'base') => `- **Keio:** 21 → 63. It ${multiple}, albeit from a tiny ${base}.\n`;
  it('is checked against the statement before', () => {
    assert.deepEqual(seen('seeds', text('quadrupled'), ['percent-change']), [['percent-change', 'quadrupled']]);
    assert.deepEqual(seen('seeds', text('tripled'), ['percent-change']), []);
  });
  it('while a clause about anything else after it leaves it unread', () => {
    assert.deepEqual(seen('seeds', text('quadrupled', 'budget'), ['percent-change']), []);
  });
});

// Trams: the eight networks' tram staff add up to 7,298 in 2024, Aarwyl's 1,959 (26.8%); Aarwyl runs 142 trams.
describe('a whole written "7,298 tram staff"', () => {
  const text = (share: string) => `In 2024 the eight networks had 7,298 tram staff; Aarwyl accounts for ${share} of them.\n`;
  it('is a count of staff, the noun after the word that names the fleet', () => {
    assert.deepEqual(seen('trams', text('28.6%'), ['share']), [['share', '28.6%']]);
    assert.deepEqual(seen('trams', text('26.8%'), ['share']), []);
  });
});

// Observatories: a share of 4,034 attributions said of "the three Chilean observatories".
describe('a spelled count before a share whose last noun is not the whole’s', () => {
  it('is no part of that whole', () => {
    assert.deepEqual(seen('observatories', '(c) The three Chilean observatories account for 47.6% of the 4,034 attributions.\n', ['share']), []);
  });
  it('while a part of the whole’s own noun is still read', () => {
    assert.deepEqual(seen('observatories', 'Those four Chilean papers are 16.4% of the 35 papers.\n', ['share']), [['share', '16.4%']]);
  });
});

// Huts: Kesselfall's overnight stays 6,100 (2015) → 7,432 (2024), 2.2% a year.
describe('a rate since a year followed by "steady rather than spectacular"', () => {
  const text = (rate: string, tail: string) => `Kesselfall's overnight stays have grown ${rate} a year since 2015, ${tail}.\n`;
  it('is checked: the contrast of two plain words compares with no one', () => {
    assert.deepEqual(seen('huts', text('3.2%', 'steady rather than spectacular'), ['cagr']), [['cagr', '3.2%']]);
    assert.deepEqual(seen('huts', text('2.2%', 'steady rather than spectacular'), ['cagr']), []);
  });
  it('while a comparison with another subject still refuses the reading', () => {
    assert.deepEqual(seen('huts', text('3.2%', "faster than Gamskar's"), ['cagr']), []);
  });
});

// Agri: EHCRC's peer-reviewed publications 311 (2015) → 520 (2025): +67.2%, 5.3% a year.
describe('a table of a year’s figures with columns of changes and rates over a period it does not show', () => {
  const table = (change: string, rate: string, shown = '520') =>
    `| Organisation | Papers, 2025 | Change, 2015–2025 | Average annual growth, 2015–2025 |\n| --- | ---: | ---: | ---: |\n| EHCRC (Ethiopia) | ${shown} | ${change} | ${rate} |\n`;
  it('checks them against the dataset’s endpoints', () => {
    assert.deepEqual(seen('agri', table('+72.2%', '5.3%'), ['percent-change', 'cagr']), [['percent-change', '+72.2%']]);
    assert.deepEqual(seen('agri', table('+67.2%', '6.3%'), ['percent-change', 'cagr']), [['cagr', '6.3%']]);
    assert.deepEqual(seen('agri', table('+67.2%', '5.3%'), ['percent-change', 'cagr']), []);
  });
  it('while a row whose shown figure is not the dataset’s is another measure’s', () => {
    assert.deepEqual(seen('agri', table('+72.2%', '6.3%', '610'), ['percent-change', 'cagr']), []);
  });
});

// Zoos: Kōwhai Bay's CIR score 70.2 in 2017, 84.7 in 2024 (it was sixth in 2017).
describe('a year in a relative clause after a figure', () => {
  it('is that clause’s, not the figure’s: no fix from another year', () => {
    const text = 'The Bay zoo is the new number one of the Conservation Impact Rating, with a score of 87.4, a remarkable climb for a zoo that was sixth in 2017.\n';
    assert.deepEqual(seen('zoos', text, ['dataset-value']).filter(([, stated]) => stated === '87.4'), []);
  });
});

// Agri: RVARS's research scientists (FTE) 164 (2015) → 207 (2025), +26.2%.
describe('a measure glossed in brackets before its change on a base year', () => {
  const text = (change: string) => `RVARS employed 207 research scientists (full-time equivalents) in 2025, up ${change} on 2015.\n`;
  it('is still the measure’s own change', () => {
    assert.deepEqual(seen('agri', text('31.2%'), ['percent-change']), [['percent-change', '31.2%']]);
    assert.deepEqual(seen('agri', text('26.2%'), ['percent-change']), []);
  });
  it('while a bracket that narrows with a figure is not a gloss', () => {
    assert.deepEqual(seen('agri', 'RVARS employed 207 research scientists (12 of them visiting) in 2025, up 31.2% on 2015.\n', ['percent-change']), []);
  });
});

// Water: the Chiang Mai tariff USD 0.31 (2020) → USD 0.34 (2025), +9.7%.
describe('"up only" before a change', () => {
  it('is a change word as "up" is', () => {
    const text = (change: string) => `In Chiang Mai the tariff was USD 0.34 in 2025, up only ${change} on the USD 0.31 of 2020.\n`;
    assert.deepEqual(seen('water', text('19.7%'), ['percent-change']), [['percent-change', '19.7%']]);
    assert.deepEqual(seen('water', text('9.7%'), ['percent-change']), []);
  });
});

// Fisheries: the eight ports' first-sale value adds up to EUR 2,398.6 million in 2024.
describe('"first-sale value": a spelled ordinal compounded with a word that is no superlative or place', () => {
  const text = (total: string) => `The eight ports generated first-sale value of €${total} million between them in 2024.\n`;
  it('is part of the measure’s name, no figure, and the group total is read', () => {
    assert.deepEqual(seen('fisheries', text('2,498.6'), ['total']), [['total', '€2,498.6 million']]);
    assert.deepEqual(seen('fisheries', text('2,398.6'), ['total']), []);
  });
  it('while "second-largest" and "third-placed" stay places', () => {
    assert.deepEqual(scanNumbers('second-largest, third-placed, first-sale, second-hand').map((t) => t.text), ['second', 'third']);
  });
});

// Windfarms: Zeehondenplaat's offtake split 44.5 / 30.2 / 8.1 / 11.6 / 5.6 (sums to 100).
describe('shares listed after a colon, the last one "other"', () => {
  const text = (industrial: string) => `Zeehondenplaat's book is similar: 44.5% to utilities, ${industrial}% industrial, 8.1% rail and transport, 11.6% hydrogen and 5.6% other.\n`;
  it('are a split of one whole', () => {
    assert.deepEqual(seen('windfarms', text('35.2'), ['breakdown-sum']).map((f) => f[0]), ['breakdown-sum']);
    assert.deepEqual(seen('windfarms', text('30.2'), ['breakdown-sum']), []);
  });
  it('while a list without the other part is not read as complete', () => {
    assert.deepEqual(seen('windfarms', "Zeehondenplaat's book is similar: 44.5% to utilities, 35.2% industrial, 8.1% rail and 11.6% hydrogen.\n", ['breakdown-sum']), []);
  });
});

// Icerinks: Kiviranna's youth players 168 → 211 (+25.6%).
describe('a change "since 2015" after a statement with no years of its own', () => {
  const text = (change: string, tail = 'since 2015') => `Kiviranna grew from 168 to 211 players, an increase of ${change} ${tail}.\n`;
  it('is the statement’s change', () => {
    assert.deepEqual(seen('icerinks', text('28.6%'), ['percent-change']), [['percent-change', '28.6%']]);
    assert.deepEqual(seen('icerinks', text('25.6%'), ['percent-change']), []);
  });
  it('while a period that goes on after the year still names another', () => {
    assert.deepEqual(seen('icerinks', text('28.6%', 'since 2015 in the under-12 teams'), ['percent-change']), []);
  });
});

// Seeds: US trade with Japan $252 billion in 2020; the dataset's phrase is written "trade with Japan totaled".
describe('British doubled l ("totalled") against a measure phrased in American spelling ("totaled")', () => {
  it('names the measure', () => {
    assert.deepEqual(seen('seeds', 'US trade with Japan totalled $225 billion in 2020.\n', ['dataset-value']), [['dataset-value', '$225 billion']]);
    assert.deepEqual(seen('seeds', 'US trade with Japan totalled $252 billion in 2020.\n', ['dataset-value']), []);
  });
  it('while double-l stems of one syllable or with an American double l keep it', () => {
    assert.deepEqual(['totalled', 'travelled', 'called', 'filled', 'installed', 'enrolled'].map(lemma), ['total', 'travel', 'call', 'fill', 'install', 'enroll']);
  });
});

// factlint's own eval/RESULTS.md: a quoted statement in brackets, then a count of findings.
describe('a signed figure past the bracket a statement stood in', () => {
  it('is not its difference', () => {
    const text = 'Five unit words allowed before "up from" ("14,161 tonnes of air cargo and mail in 2024, up from 9,612"): +1 found and +1 false on dev.\n';
    assert.deepEqual(seen('seeds', text, ['percent-change']), []);
  });
  it('while a signed difference right after its statement is read', () => {
    assert.deepEqual(seen('seeds', 'Cargo grew from 9,612 tonnes in 2015 to 14,161 tonnes in 2024 (+4,459).\n', ['percent-change']), [['percent-change', '+4,459']]);
  });
});

// Seedbanks: Albarda was eighth (last) in the 2018–2020 MCCI editions.
describe('a run right before "to" and a place, in a move from another place', () => {
  it('is the place moved from’s, not the place moved to', () => {
    const text = 'In the MCCI, Albarda has climbed further than anyone: from last place, eighth, in each of the first three editions to fourth in 2024.\n';
    assert.deepEqual(seen('seedbanks', text, ['rank-years']), []);
  });
  it('while a place held over that run is still checked', () => {
    assert.deepEqual(seen('seedbanks', 'In the MCCI, Albarda has been fourth in each of the first three editions.\n', ['rank-years']), [['rank-years', 'in each of the first three editions']]);
  });
});
