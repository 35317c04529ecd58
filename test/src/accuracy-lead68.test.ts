// Readings added in round 68's session: false readings and misses of round 67's dev half (read first) and round 68's,
// each with a twin that keeps the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Recycling: the Circular Cities Scorecard 2024 ranks Glenmoran seventh and Hesbaye-Meuse eighth.
describe('a place in a clause that leaves its subject out (", and rose to seventh … because X fell")', () => {
  const text = (place: string) => `The Scorecard tells the story bluntly. Glenmoran was bottom of the table in 2023, and rose to ${place} in 2024 only because Hesbaye-Meuse fell below it.\n`;
  it('is the subject of the clause before, not the name after the place', () => {
    assert.deepEqual(seen('recycling', text('seventh'), ['rank']), []);
  });
  it('and is checked as that subject’s', () => {
    assert.deepEqual(seen('recycling', text('fifth'), ['rank']), [['rank', 'fifth']]);
  });
  it('while a clause that names its own subject before the place keeps it', () => {
    assert.deepEqual(seen('recycling', 'The Scorecard tells the story bluntly. Glenmoran was bottom of the table in 2023, and Hesbaye-Meuse was seventh in 2024.\n', ['rank']), [['rank', 'seventh']]);
  });
});

// Ski: ticket revenue at the Austrian resorts EUR 133.7 million (2015) → 184.1 million (2024).
describe('"six times faster than skier days" after a change with its endpoints', () => {
  const text = (multiple: string) => `Ticket revenue at the three Austrian resorts rose 37.7%, from EUR 133.7 million in 2015 to EUR 184.1 million in 2024, ${multiple} skier days.\n`;
  it('compares two speeds, not the endpoints', () => {
    assert.deepEqual(seen('ski', text('six times faster than'), ['percent-change']), []);
    assert.deepEqual(seen('ski', text('twice as fast as'), ['percent-change']), []);
  });
  it('while a multiple of the endpoints themselves is still checked', () => {
    assert.deepEqual(seen('ski', 'Ticket revenue at the three Austrian resorts rose from EUR 133.7 million in 2015 to EUR 184.1 million in 2024, more than doubling.\n', ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
});

// Fire and rescue: Glenmorrin's on-call firefighters 648 (2015) → 463 (2024), −28.5%.
describe('a change on a base year after "Glenmorrin, which relies on on-call crews …,"', () => {
  const text = (change: string, aside = 'which relies on on-call crews across the Highlands and Islands') => `Glenmorrin, ${aside}, had 463 on-call firefighters in 2024, ${change} fewer than in 2015.\n`;
  it('reads past a relative clause that describes the subject, and "on-call" as the measure’s own word', () => {
    assert.deepEqual(seen('firerescue', text('25.2%'), ['percent-change']), [['percent-change', '25.2%']]);
    assert.deepEqual(seen('firerescue', text('25.2%', 'which serves the Highlands and Islands'), ['percent-change']), [['percent-change', '25.2%']]);
  });
  it('and passes when the change is right', () => {
    assert.deepEqual(seen('firerescue', text('28.5%'), ['percent-change']), []);
  });
  it('while a clause with a figure of its own is no description', () => {
    assert.deepEqual(seen('firerescue', text('25.2%', 'which had 648 in 2015'), ['percent-change']), []);
  });
});

// Bike-share: VelaBici trips 1,469 thousand (2019) → 2,060 thousand (2024), +40.2%.
describe('"It made 51.7% more trips in 2024 than in 2019"', () => {
  const text = (change: string, words = 'trips') => `In Spain, Valladolid's VelaBici has been the most dynamic scheme. It made ${change} more ${words} in 2024 than in 2019.\n`;
  it('is a change of the measure named between the comparative and the years', () => {
    assert.deepEqual(seen('bikeshare', text('51.7%'), ['percent-change']), [['percent-change', '51.7%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('bikeshare', text('40.2%'), ['percent-change']), []);
  });
  it('and is not read when the words between narrow the measure', () => {
    assert.deepEqual(seen('bikeshare', text('51.7%', 'trips per bike'), ['percent-change']), []);
  });
});

// Fire and rescue: Tamsford and Wyre's net budget 29.9 (2015) → 57.5 (2024), 7.5% a year.
describe('"grew fastest by far, at an average annual rate of 6.8% between 2015 and 2024"', () => {
  const text = (rate: string, how = 'fastest by far') => `Tamsford and Wyre's budget grew ${how}, at an average annual rate of ${rate} between 2015 and 2024.\n`;
  it('is the subject’s own rate: the superlative narrows no measure', () => {
    assert.deepEqual(seen('firerescue', text('6.8%'), ['cagr']), [['cagr', '6.8%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('firerescue', text('7.5%'), ['cagr']), []);
  });
  it('while words that narrow the measure still keep it unread', () => {
    assert.deepEqual(seen('firerescue', text('6.8%', 'fastest in real terms'), ['cagr']), []);
  });
});

// Ski: Skarvheia's ticket revenue 15.6 (2015) → 25.3 (2024), 5.5% a year.
describe('a rate followed by "with only 53.1% of its slopes covered by snowmaking"', () => {
  const text = (rate: string, aside = 'with only 53.1% of its slopes covered by snowmaking') => `Skarvheia grew its ticket revenue by ${rate} a year between 2015 and 2024 ${aside}.\n`;
  it('is read as the rate of its own clause, the aside with its figure set apart', () => {
    assert.deepEqual(seen('ski', text('6.2%'), ['cagr']), [['cagr', '6.2%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('ski', text('5.5%'), ['cagr']), []);
  });
  it('while an aside that states a change of its own leaves both unread', () => {
    assert.deepEqual(seen('ski', text('6.2%', 'while its skier days rose 12%'), ['cagr', 'percent-change']), []);
  });
});

// Seeds: Tokyo–Yokohama ranks second in the 2025 GII cluster ranking (first before).
describe('"Tokyo–Yokohama loses the top spot in the WIPO cluster ranking"', () => {
  it('claims no first place (a place lost, in the present tense too)', () => {
    assert.deepEqual(seen('seeds', '**Subject:** Tokyo–Yokohama loses the top spot in the WIPO cluster ranking\n', ['rank']), []);
  });
  it('while "takes the top spot" still does', () => {
    assert.deepEqual(seen('seeds', '**Subject:** Tokyo–Yokohama takes the top spot in the WIPO cluster ranking\n', ['rank']).map((f) => f[0]), ['rank']);
  });
});

// Presses: the eight presses' new titles add up to 490 in 2020 and 534 in 2022.
describe('a group total after "by 2022, when" in a sentence that also states "490 titles in 2020"', () => {
  const text = (figure: string) => `The pandemic year set output back to 490 titles in 2020; by 2022, when the eight presses published ${figure}, it had almost regained its pre-pandemic level.\n`;
  it('is not dated by the other year of the sentence', () => {
    assert.deepEqual(seen('presses', text('534'), ['total']), []);
    assert.deepEqual(seen('presses', text('490'), ['total']), []);
  });
  it('while a group total with its own year is still checked', () => {
    assert.deepEqual(seen('presses', 'The eight presses published 544 titles in 2022.\n', ['total']), [['total', '544']]);
  });
});

describe('a group total before "by 2024" keeps the year it opens with', () => {
  it('"In 2015 the three … produced 452 …; by 2024 the sum had reached 902"', () => {
    const text = (sum: string) => `In 2015 the eight presses together published ${sum} new titles; by 2024 the sum had reached 574.\n`;
    assert.deepEqual(seen('presses', text('476'), ['total']), [['total', '476']]);
    assert.deepEqual(seen('presses', text('496'), ['total']), []);
  });
});

// Desalination: Kalamaki had 26 days of unplanned outage in 2019.
describe('"Unplanned outages at Kalamaki peaked at 36 days in 2019"', () => {
  const text = (days: string, noun = 'days') => `Unplanned outages at Kalamaki peaked at ${days} ${noun} in 2019; in 2024 there were 4.\n`;
  it('counts the measure’s own head noun ("days" of "outage days")', () => {
    assert.deepEqual(seen('desalination', text('36'), ['dataset-value']), [['dataset-value', '36']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('desalination', text('26'), ['dataset-value']), []);
  });
  it('while another noun after the figure still counts something else', () => {
    assert.deepEqual(seen('desalination', text('36', 'engineers'), ['dataset-value']), []);
  });
});

// Clubs (a fan blog of Ekholm): 51 league points in 2023, 64 in 2024.
describe('"a 35% jump on the 51 we scraped together in 2023"', () => {
  const text = (change: string, lead = 'We finished with 64 points') => `${lead}, a ${change} jump on the 51 we scraped together in 2023.\n`;
  it('pairs the earlier value, its clause aside, with the later one', () => {
    assert.deepEqual(seen('clubs', text('35%'), ['percent-change']), [['percent-change', '35%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('clubs', text('25%'), ['percent-change']), []);
  });
  it('but not with a nearer figure of another unit after another quantity ("64 points from 30 rounds")', () => {
    assert.deepEqual(seen('clubs', text('35%', 'We finished with 64 points from 30 rounds'), ['percent-change']), []);
  });
});

// Clubs: Ekholm's average home attendance 26,445 (2023) → 27,613 (2024), +4.4%.
describe('"average home attendance hit 27,613 in 2024, up 6.4% on 2023"', () => {
  const text = (change: string) => `Ekholm's average home attendance hit 27,613 in 2024, up ${change} on 2023.\n`;
  it('"hit" carries the figure to its value as "reached" does', () => {
    assert.deepEqual(seen('clubs', text('6.4%'), ['percent-change']), [['percent-change', '6.4%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('clubs', text('4.4%'), ['percent-change']), []);
  });
});

// Presses: Calderbrook sixth in every edition of the Scholarly Press Reach Index (2018–2024).
describe('"has sat in seventh place in every edition"', () => {
  const text = (place: string, run = 'in every edition') => `The Scholarly Press Reach Index matters.\n\n- Ardcullen came last, eighth, in the 2022 edition, and Calderbrook has sat in ${place} place ${run}.\n`;
  it('is a run over all the ranking’s editions', () => {
    assert.deepEqual(seen('presses', text('seventh'), ['rank-years']).map((f) => f[0]), ['rank-years']);
  });
  it('which passes when every edition holds the place', () => {
    assert.deepEqual(seen('presses', text('sixth'), ['rank-years', 'rank']), []);
  });
  it('but not when words after it narrow the run, past the clause’s end too', () => {
    assert.deepEqual(seen('presses', text('seventh', 'in every edition but one'), ['rank-years']), []);
    assert.deepEqual(seen('presses', text('seventh', 'in every edition except the first'), ['rank-years']), []);
  });
});

// Airports: Vale do Lima first in the 2024 RPSI; Piacenza-Val Trebbia's score 71.3 (2017), 71.4 (2024).
describe('"the gap to second place" and "where it was in 2017"', () => {
  const text = (second: string) => `# RPSI 2024: winners and losers\n\n### Lima Valley (VLM): the streak goes on\n\nViana do Castelo's little airport has now held the top spot every year since 2020.\n\nIts score slipped a touch to 79.9, but ${second} is still a comfortable 3.4 points.\n`;
  it('"the gap to second place is still 3.4 points" claims no second place for the subject', () => {
    assert.deepEqual(seen('airports', text('the gap to second place'), ['rank']), []);
  });
  it('while "it came second" still does', () => {
    assert.deepEqual(seen('airports', text('it came second, and the gap'), ['rank']).map((f) => f[0]), ['rank']);
  });
  it('"its score of 71.4 is basically where it was in 2017" does not date the score by 2017', () => {
    assert.deepEqual(seen('airports', 'Piacenza-Val Trebbia slid in the RPSI, and its score of 71.4 is basically where it was in 2017.\n', ['dataset-value']), []);
    assert.deepEqual(seen('airports', 'Piacenza-Val Trebbia slid in the RPSI, and its score of 71.4 in 2017 was its best.\n', ['dataset-value']).map((f) => f[0]), ['dataset-value']);
  });
});

// Huts: the Hut Hospitality Award 2022, recomputed on the old method (Vallorgia third); officially Vallorgia first.
describe('a place after a semicolon that ends a counterfactual clause', () => {
  const text = (place: string) => `Under the old method Vallorgia would have finished third in the 2022 Hut Hospitality Award, behind the Cabane des Aiguillettes and the Langtalhütte; the ${place} place of 2022 therefore owes something to the new rules.\n`;
  it('is the official edition’s, not the counterfactual one’s', () => {
    assert.deepEqual(seen('huts', text('first'), ['rank']), []);
  });
});

// Huts: renovation spending of the eight huts, summed over 2020–2024.
describe('"over the five years 2020 to 2024"', () => {
  it('is a period, not the year 2020', () => {
    assert.deepEqual(seen('huts', 'The eight huts reported renovation spending of EUR 2.55 million over the five years 2020 to 2024.\n', ['total']), []);
  });
});

// Presses: Vuoksela fifth in 2018, second in every edition since 2022.
describe('"rose from fifth in 2018 to second in each edition since 2022"', () => {
  it('gives the run to the place it follows, not to the place moved from', () => {
    assert.deepEqual(seen('presses', 'In the Scholarly Press Reach Index, Vuoksela rose from fifth in 2018 to second in each edition since 2022.\n', ['rank-years', 'rank']), []);
  });
});

// Festivals: Auenrock's EFSI score 63.5 (2019) → 81.2 (2024); its emissions per visitor-day 6.8 kg (2019) → 4.6 kg (2024).
describe('a change whose later value is written with "of CO2 equivalent per visitor-day"', () => {
  const text = (change: string) => `Our on-site emissions came to 4.6 kilograms of CO2 equivalent per visitor-day in 2024, down ${change} from 6.8 kilograms in 2019.\n`;
  it('pairs its endpoints across a word with a digit in it', () => {
    assert.deepEqual(seen('festivals', text('38.2%'), ['percent-change']), [['percent-change', '38.2%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('festivals', text('32.4%'), ['percent-change']), []);
  });
});

describe('"# A letter to our partners" under a bold letterhead naming one festival', () => {
  const letter = (title: string) => `# ${title}\n\n**Auenrock e.V. · Wurzenau-Nord · Saxony**\n\nDear partners and friends,\n\n## The index\n\nOur composite score of 81.2 in the 2024 edition is 19.7 points higher than in 2019.\n`;
  it('is written by that festival: "our" is its', () => {
    assert.deepEqual(seen('festivals', letter('A letter to our partners'), ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
  it('while a title that is no letter of one’s own leaves "our" unread', () => {
    assert.deepEqual(seen('festivals', letter('Festival notes'), ['percent-change']), []);
  });
});

describe('"… founded by 15 universities. Of those, 56.5% were Japanese."', () => {
  const text = (share: string, count = '15 universities') => `The MIRAI network, the main multilateral Sweden–Japan framework, was founded by ${count}. Of those, ${share} were Japanese.\n`;
  it('is a share of the one count of the sentence before', () => {
    assert.deepEqual(seen('seeds', text('56.5%'), ['granularity']), [['granularity', '56.5%']]);
  });
  it('which passes when a whole count gives it', () => {
    assert.deepEqual(seen('seeds', text('53.3%'), ['granularity']), []);
  });
  it('while two counts before leave "those" unclear', () => {
    assert.deepEqual(seen('seeds', text('56.5%', '15 universities and 4 institutes'), ['granularity']), []);
  });
});

// Bike-share: Graz 3,088 of the three Austrian schemes' 6,013 thousand trips in 2024 (51.4%).
describe('a share of a group\'s total "that year", after a sentence with one year', () => {
  const text = (share: string, when = 'that year') => `Graz remains the largest scheme in absolute terms, with 3,088 thousand trips in 2024.\nWithin Austria its weight is considerable: Graz alone carried ${share} of the trips made on the three Austrian schemes ${when}.\n`;
  it('is dated by the year of the sentence before', () => {
    assert.deepEqual(seen('bikeshare', text('20.6%'), ['share']), [['share', '20.6%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('bikeshare', text('51.4%'), ['share']), []);
  });
  it('while with no year said at all the share stays unread', () => {
    assert.deepEqual(seen('bikeshare', text('20.6%', 'then').replace(' in 2024', ''), ['share']), []);
  });
});

// Telecom: Donaukabel's median download speed 268 Mbit/s in 2024 (231 in 2023).
describe('"its median download reached 231 Mbit/s in 2024"', () => {
  const text = (speed: string, unit = 'Mbit/s') => `DNK's cable network still gives it decent speeds: its median download reached ${speed} ${unit} in 2024.\n`;
  it('is the measure whose label ends on the unit with a slash', () => {
    assert.deepEqual(seen('telecom', text('231'), ['dataset-value']), [['dataset-value', '231']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('telecom', text('268'), ['dataset-value']), []);
  });
  it('while a unit no label ends on names no measure', () => {
    assert.deepEqual(seen('telecom', text('231', 'km/h'), ['dataset-value']), []);
  });
});

// Airports: Cilento-Paestum fifth in the RPSI from 2020 on (seventh in 2019).
describe('"Paestum is stuck: fifth every year since 2019"', () => {
  const text = (since: string) => `In the Regional Passenger Satisfaction Index, Paestum is stuck: fifth every year since ${since}.\n`;
  it('is a run without "in" before "every year"', () => {
    assert.deepEqual(seen('airports', text('2019'), ['rank-years']).map((f) => f[0]), ['rank-years']);
  });
  it('which passes when every year holds', () => {
    assert.deepEqual(seen('airports', text('2020'), ['rank-years', 'rank']), []);
  });
});

// Breweries: Zlatá Lípa last in the BCQI in 2016 and 2017, seventh in 2018.
describe('"The South Bohemian brewery was last in each of the first three editions"', () => {
  const text = (reference: string) => `In the Brewers' Craft Quality Index, Pivovar Zlatá Lípa is fourth in 2024. ${reference} was last in each of the first three editions.\n`;
  it('refers back past a place name’s adjectives', () => {
    assert.deepEqual(seen('breweries', text('The South Bohemian brewery'), ['rank-years']).map((f) => f[0]), ['rank-years']);
  });
  it('while other words between "the" and the noun leave the reference unread', () => {
    assert.deepEqual(seen('breweries', text('The other brewery'), ['rank-years']), []);
  });
});

// Data centres: Clonmoyle (Suirfield) used 319 GWh in 2023 and 316 GWh in 2024.
describe('"Its own electricity use rose 0.9% in 2024, to 316 GWh, yet water use fell"', () => {
  const text = (change: string, tail = ', yet water use fell') => `Suirfield points out, fairly, that the campus has become much more efficient. Its own electricity use ${change} in 2024, to 316 GWh${tail}.\n`;
  it('is the subject’s one-year change: "own" narrows nothing and "yet" opens a clause of its own', () => {
    assert.deepEqual(seen('datacentres', text('rose 0.9%'), ['percent-change']), [['percent-change', '0.9%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('datacentres', text('fell 0.9%'), ['percent-change']), []);
  });
});

// Courts: the three Spanish districts' pending cases add up to 187,116 in 2024; fire and rescue: the four English
// services attended 49,798 incidents in 2024.
describe('a group named by the head noun of the entities’ descriptions, or by "English"', () => {
  it('"the three Spanish districts" (each described as a "… district (…)") is a group of the dataset', () => {
    assert.deepEqual(seen('courts', 'The three Spanish districts had 119,344 pending cases in 2024.\n', ['total']), [['total', '119,344']]);
    assert.deepEqual(seen('courts', 'The three Spanish districts had 187,116 pending cases in 2024.\n', ['total']), []);
  });
  it('"the four English services" are the services in England', () => {
    assert.deepEqual(seen('firerescue', 'Together, the four English services attended 41,141 incidents in 2024.\n', ['total']), [['total', '41,141']]);
    assert.deepEqual(seen('firerescue', 'Together, the four English services attended 49,798 incidents in 2024.\n', ['total']), []);
  });
});

// Agri: 465 papers in 2015 → 957 in 2025 is 7.5% a year.
describe('"957 papers in 2025, more than twice the 465 of 2015, which works out at 8.3% growth a year"', () => {
  const text = (rate: string, base = 'the 465 of 2015') => `It published 957 papers in 2025, more than twice ${base}, which works out at ${rate} growth a year.\n`;
  it('pairs the later value with the earlier one a multiple names, and reads "growth a year" as a rate', () => {
    assert.deepEqual(seen('agri', text('8.3%'), ['cagr']), [['cagr', '8.3%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('agri', text('7.5%'), ['cagr']), []);
  });
  it('while a multiple that names no earlier value ("twice its 2015 output") pairs nothing', () => {
    assert.deepEqual(seen('agri', text('8.3%', 'its 2015 output'), ['cagr']), []);
  });
});

// Seeds: UTokyo's 4,181 Sweden-linked papers; KTH on 2,011 of them (48.1%).
describe('a share column headed "Share of UTokyo\'s 4,181"', () => {
  const table = (share: string) => `| Swedish institution | Co-authored publications | Share of UTokyo's 4,181 |\n| --- | --- | --- |\n| Stockholm University | 2,022 | 48.4% |\n| KTH Royal Institute of Technology | 2,011 | ${share} |\n| Karolinska Institutet | 503 | 12.0% |\n`;
  it('takes its whole from the header past a possessive name', () => {
    assert.deepEqual(seen('seeds', table('41.8%'), ['share']), [['share', '41.8%']]);
  });
  it('and passes when the row’s share is right', () => {
    assert.deepEqual(seen('seeds', table('48.1%'), ['share']), []);
  });
});

// Huts: Aiguillettes flew 59 supply rotations in 2024, Gamskar 23 (×2.57).
describe('"59 rotations in 2024, nearly three times as many as Gamskar (23)"', () => {
  const text = (multiple: string, other = 'Gamskar (23)') => `Aiguillettes flew 59 rotations in 2024, ${multiple} as many as ${other}.\n`;
  it('compares the figure with the one in brackets after the name compared with', () => {
    assert.deepEqual(seen('huts', text('nearly three times'), ['percent-change']).map((f) => f[0]), ['percent-change']);
    assert.deepEqual(seen('huts', text('nearly three times', "Gamskar's 23"), ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
  it('which passes when the multiple holds', () => {
    assert.deepEqual(seen('huts', text('more than twice'), ['percent-change']), []);
  });
});

describe('"in every edition" under a heading or after a paragraph that names a time', () => {
  it('is that time’s editions, not all of them', () => {
    assert.deepEqual(seen('agri', '# ARII\n\n## 2018–2021\n\nBDRI was second in every edition.\n', ['rank-years']), []);
    assert.deepEqual(seen('agri', '# ARII\n\nFrom 2018 to 2021 the index changed little. BDRI was second in every edition.\n', ['rank-years']), []);
  });
});

// Libraries: Aveiro's LII score 54.3 (2017) → 75.5 (2024), +21.2 points.
describe('"its score has improved by 17.7 points since 2017"', () => {
  const text = (points: string) => `Aveiro's score has improved by ${points} points since 2017.\n`;
  it('is a change in points whose direction the measure gives', () => {
    assert.deepEqual(seen('libraries', text('17.7'), ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('libraries', text('21.2'), ['percent-change']), []);
  });
});

// Water: DNWS non-revenue water 22.1% (2016) → 13.4% (2025), −8.7 points.
describe('"DNWS has cut its non-revenue water by 11.4 points since 2016"', () => {
  const text = (points: string, verb = 'cut') => `DNWS has ${verb} its non-revenue water by ${points} points since 2016.\n`;
  it('is a change on a base year: the verb, the subject’s measure, then "by"', () => {
    assert.deepEqual(seen('water', text('11.4'), ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('water', text('8.7'), ['percent-change']), []);
  });
  it('while another verb between leaves it unread', () => {
    assert.deepEqual(seen('water', text('11.4', 'reported'), ['percent-change']), []);
  });
});

describe('a references heading with a place in brackets, "### References (slide 10)"', () => {
  const text = (heading: string) => `Counterfactual from the CABR note [6]: old method. All numbers from [1].\n\n### ${heading}\n\n1. NASPO. Returns. 2025.\n2. CABR. Note. 2023.\n`;
  it('is the numbered reference list the citations point into', () => {
    assert.deepEqual(seen('presses', text('References (slide 10)'), ['citation-undefined', 'bibliography-uncited']).map((f) => f[0]), ['citation-undefined', 'bibliography-uncited']);
  });
  it('while a heading that only mentions references is none', () => {
    assert.deepEqual(seen('presses', text('References to the index in the press'), ['citation-undefined', 'bibliography-uncited']), []);
  });
});

// Presses: Kattegat's staff (FTE, a measure with decimals, kept as a rate) 56.4 (2019) → 49.8 (2020), −11.7%.
describe('a one-year change of a measure kept as a rate ("staff fell 14.7% in 2020", full-time equivalents)', () => {
  it('is read against the dataset as a count’s would be', () => {
    assert.deepEqual(seen('presses', "Kattegat's staff fell 14.7% in 2020.\n", ['percent-change']), [['percent-change', '14.7%']]);
    assert.deepEqual(seen('presses', "Kattegat's staff fell 11.7% in 2020.\n", ['percent-change']), []);
  });
});

// Presses: Vuoksela's SPRI score 74.9 (2018) → 84.8 (2024), +13.2%.
describe('"rose from 74.9 in the first edition to 84.8 in the latest, an improvement of 18.2%"', () => {
  const text = (change: string) => `Its composite score rose from 74.9 in the first edition to 84.8 in the latest, an improvement of ${change}.\n`;
  it('reads "an improvement of" as the change of its endpoints', () => {
    assert.deepEqual(seen('presses', text('18.2%'), ['percent-change']), [['percent-change', '18.2%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('presses', text('13.2%'), ['percent-change']), []);
  });
});

// Wineries: São Brízio made 72.3 thousand hl in 2020 and 49.6 in 2021 (−31.4%).
describe('"São Brízio made only 49.6 thousand hectolitres in 2021, 36.4% less than in 2020"', () => {
  const text = (change: string, verb = 'made') => `São Brízio ${verb} only 49.6 thousand hectolitres in 2021, ${change} less than in 2020.\n`;
  it('"made" carries the figure to its measure as "produced" does', () => {
    assert.deepEqual(seen('wineries', text('36.4%'), ['percent-change']), [['percent-change', '36.4%']]);
  });
  it('which passes when right', () => {
    assert.deepEqual(seen('wineries', text('31.4%'), ['percent-change']), []);
  });
  it('while "sold" is no verb of the production measure', () => {
    assert.deepEqual(seen('wineries', text('36.4%', 'sold'), ['percent-change']), []);
  });
});

describe('a one-year change whose year an apposition describes (", the first year after the merger")', () => {
  const text = (change: string, tail = ', the first year after the merger') => `- Kattegat: staff fell ${change} in 2020${tail}.\n`;
  it('is read past the apposition', () => {
    assert.deepEqual(seen('presses', text('14.7%'), ['percent-change']), [['percent-change', '14.7%']]);
    assert.deepEqual(seen('presses', text('11.7%'), ['percent-change']), []);
  });
  it('while another base after the year still keeps it unread', () => {
    assert.deepEqual(seen('presses', text('14.7%', ', after the merger of 2019'), ['percent-change']), []);
  });
});
