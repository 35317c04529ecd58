// Readings added from round 42's session: missed planted errors of the dev split whose figure was taken as consistent
// because it equals the entity's fact of another year, each with a twin that stays silent. Datasets: eval/domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

describe('a figure of the present or of the year just ended ("now", "last year", "at the last count")', () => {
  it('is of the latest year the dataset holds: another year’s figure is reported, as a suggestion', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys last year.\n', ['dataset-value']), [['dataset-value', '6,444 thousand']]);
    assert.deepEqual(seen('recycling', 'Glenmoran still sent 8.5% of its waste to landfill last year.\n', ['dataset-value']), [['dataset-value', '8.5%']]);
    assert.deepEqual(seen('firerescue', 'Hallamoor has slowed, despite the service still having 733 wholetime firefighters at the last count.\n', ['dataset-value']), [['dataset-value', '733']]);
  });
  it('is silent when it is the latest year’s figure', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,772 thousand passenger journeys last year.\n', ['dataset-value']), []);
    assert.deepEqual(seen('recycling', 'Glenmoran still sent 5.8% of its waste to landfill last year.\n', ['dataset-value']), []);
    assert.deepEqual(seen('firerescue', 'Hallamoor has slowed, despite the service still having 712 wholetime firefighters at the last count.\n', ['dataset-value']), []);
  });
  it('needs the cue in the figure’s own clause, and no other time', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys two years ago.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys and now carries more.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys in 2023 and more last year.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ferries', 'Jadranka has carried more than 6,444 thousand passenger journeys a year until now.\n', ['dataset-value']), []);
  });
});

describe('a figure whose own year follows it, its entity named only near it', () => {
  const heading = (name: string, value: string) => `## ${name}\n\nResearch expenditure grew faster still, by 14.8% a year on average, and stood at USD ${value} million in 2025.\n`;
  it('is read as the one entity of the heading when the sentence names no one', () => {
    assert.deepEqual(seen('health', heading('Northern Genomic Medicine Institute', '15.7'), ['dataset-value']), [['dataset-value', 'USD 15.7 million']]);
    assert.deepEqual(seen('health', heading('Northern Genomic Medicine Institute', '18.4'), ['dataset-value']), []);
  });
  it('is not read when the heading names two entities', () => {
    assert.deepEqual(seen('health', heading('Northern Genomic Medicine Institute and Andean Vaccine Institute', '15.7'), ['dataset-value']), []);
  });
  it('is read as the one entity of the title when the sentence names no one else ("The network")', () => {
    const text = (value: string) => `# Rede Mondego\n\n- The network recorded ${value} thousand visits in 2024, more than before the pandemic.\n`;
    assert.deepEqual(seen('libraries', text('574'), ['dataset-value']), [['dataset-value', '574 thousand']]);
    assert.deepEqual(seen('libraries', text('600'), ['dataset-value']), []);
  });
});

describe('a change against a base year in a sentence that names no measure', () => {
  const text = (change: string) => `EHCRC remained the largest recipient at USD 16.4 million in 2025, up ${change} on 2015.\n`;
  it('is of the one measure whose fact of that year the figure before it equals', () => {
    assert.deepEqual(seen('agri', text('31.1%'), ['percent-change']), [['percent-change', '31.1%']]);
    assert.deepEqual(seen('agri', text('45.1%'), ['percent-change']), []);
  });
  it('is not read when the figure equals no fact of the entity in that year', () => {
    assert.deepEqual(seen('agri', 'EHCRC received USD 14.0 million from donors in 2025, up 31.1% on 2015.\n', ['percent-change']), []);
  });
});

describe('a change "in 2025 alone"', () => {
  it('is checked against the endpoints its clause states right after it', () => {
    assert.deepEqual(seen('rail', 'Total emissions fell by 11.3% in 2025 alone, from 44,300 t to 39,800 t.\n', ['percent-change']), [['percent-change', '11.3%']]);
    assert.deepEqual(seen('rail', 'Total emissions fell by 10.2% in 2025 alone, from 44,300 t to 39,800 t.\n', ['percent-change']), []);
  });
  it('is still no change of the span whose endpoints stand before it', () => {
    assert.deepEqual(seen('rail', 'Total emissions fell from 54,300 t in 2015 to 39,800 t in 2025, and by 11.3% in 2025 alone.\n', ['percent-change']), []);
  });
});

describe('a figure confirmed as the total of a group', () => {
  it('is no member’s value, even when a member is named later in the sentence', () => {
    const text = 'The eight schemes carried 14.97 million trips in 2024 against 8.78 million in 2015, an increase of 70.5%, and Pedalea now carries 8.7% of all trips made on them.\n';
    assert.deepEqual(seen('bikeshare', text), []);
  });
  it('leaves a member’s own figure to dataset-value', () => {
    assert.deepEqual(seen('bikeshare', 'Pedalea users made 8.78 million trips in 2015.\n', ['dataset-value']), [['dataset-value', '8.78 million']]);
  });
});

describe('endpoints of which only the first names its scale', () => {
  const text = (change: string) => `Vaskna's tonnage fell ${change} in three years, from 20,210 thousand tonnes in 2021 to 12,940 in 2024.\n`;
  it('are both in that scale when so read they are nearer each other', () => {
    assert.deepEqual(seen('ports', text('36.0%'), ['percent-change']), []);
    assert.deepEqual(seen('ports', text('46.0%'), ['percent-change']), [['percent-change', '46.0%']]);
  });
  it('stand on their own when a figure written in full is nearer the scaled one', () => {
    assert.deepEqual(seen('ports', 'Visitors fell from 1.2 million to 800,000, a fall of 33.3%.\n', ['percent-change']), []);
    assert.deepEqual(seen('ports', 'Visitors fell from 1.2 million to 800,000, a fall of 43.3%.\n', ['percent-change']), [['percent-change', '43.3%']]);
  });
});

describe('a label that ends on its year before a group’s figure ("Ship days 2025: 2,940 across the ten institutes")', () => {
  const text = (total: string) => `- Ship days 2025: ${total} across the ten institutes, 2.7% above pre-pandemic 2019 (2,829).\n`;
  it('dates the figure, though the sentence names another year as a base', () => {
    assert.deepEqual(seen('marine', text('2,940')), [['total', '2,940']]);
    assert.deepEqual(seen('marine', text('2,904')), []);
  });
});

describe('a last table row whose figures are the sums of the rows above, whatever its label ("**Panel**")', () => {
  const table = (y2023: string, y2024: string) =>
    ['| Resort | 2015 | 2023 | 2024 |', '| --- | ---: | ---: | ---: |', '| Hochsattel | 62.3 | 82.1 | 88.7 |', '| Lärchkogel | 42.3 | 52.8 | 55.4 |', '| Brandjoch | 29.1 | 37.0 | 40.0 |', '| Val Sarona | 67.8 | 79.0 | 82.2 |', `| **Panel** | **201.5** | **${y2023}** | **${y2024}** |`, ''].join('\n');
  it('is a total row when two columns or more sum: the third is checked', () => {
    assert.deepEqual(seen('ski', table('250.9', '250.0'), ['total']), [['total', '250.0']]);
    assert.deepEqual(seen('ski', table('250.9', '266.3'), ['total']), []);
  });
  it('is no total row when only one column sums', () => {
    assert.deepEqual(seen('ski', table('251.9', '250.0'), ['total']), []);
  });
});

describe('a change "in a single year" after a clause that names another year', () => {
  it('is that year’s change, not the change of the span before it', () => {
    const text = 'The number of docking stations went from 29 to 45, with eight of the new stations opened in 2024 alone, a 21.6% jump in a single year.\n';
    assert.deepEqual(seen('bikeshare', text, ['percent-change']), []);
  });
  it('is checked against endpoints of that single year', () => {
    assert.deepEqual(seen('bikeshare', 'Docking stations went from 37 to 45, a 31.6% jump in a single year.\n', ['percent-change']), [['percent-change', '31.6%']]);
    assert.deepEqual(seen('rail', 'Weser-Marsch-Bahn’s journeys jumped from 24.1 million in 2022 to 29.1 million in 2023, a 17.2% increase in a single year.\n', ['percent-change']), [['percent-change', '17.2%']]);
  });
});

describe('a move of rank after "YEAR, when it"', () => {
  const text = (place: string) => `In the quality index, Montevinha has been fifth in every edition except 2019, when it dropped to ${place}.\n`;
  it('is of that year, not of an edition after it', () => {
    assert.deepEqual(seen('wineries', text('sixth'), ['rank']), []);
    assert.deepEqual(seen('wineries', text('seventh'), ['rank']), [['rank', 'seventh']]);
  });
  it('still reads a move after an earlier year as of a later edition', () => {
    assert.deepEqual(seen('wineries', 'In the quality index, Montevinha was fifth in 2018, then dropped to seventh.\n', ['rank']), [['rank', 'seventh']]);
  });
});

describe('a place "this time" in a sentence that names an earlier edition', () => {
  it('is not dated by that edition', () => {
    assert.deepEqual(seen('orchestras', "In the critics' poll, Nordvig is the quiet riser: it reached third in 2021; it finished fifth this time.\n", ['rank']), []);
  });
  it('leaves the place of the named edition checked', () => {
    assert.deepEqual(seen('orchestras', "In the critics' poll, Nordvig is the quiet riser: it reached fourth in 2021; it finished fifth this time.\n", ['rank']), [['rank', 'fourth']]);
  });
});

describe('a gapped item after an item that states its year ("… EUR 2.9 million in 2024 and BZA EUR 4.7 million")', () => {
  const text = (value: string) => `VLM received public subsidy of EUR 2.9 million in 2024 and BZA EUR ${value} million.\n`;
  it('shares that year', () => {
    assert.deepEqual(seen('airports', text('5.7'), ['dataset-value']), [['dataset-value', 'EUR 5.7 million']]);
    assert.deepEqual(seen('airports', text('4.7'), ['dataset-value']), [['dataset-value', 'EUR 4.7 million']]);
    assert.deepEqual(seen('airports', text('3.5'), ['dataset-value']), []);
  });
  it('does not share a year written before another measure', () => {
    assert.deepEqual(seen('airports', 'VLM received EUR 2.9 million in public subsidy in 2024 and BZA EUR 4.7 million.\n', ['dataset-value']), []);
  });
});

describe('a member’s share after the group named as the sentence’s scope ("Across all eight airports, VYS handled …")', () => {
  const text = (share: string, tail = '') => `Across all eight airports, VYS handled ${share} of passengers in 2024${tail}.\n`;
  it('is of the group’s total of the measure', () => {
    assert.deepEqual(seen('airports', text('12.8%'), ['share']), [['share', '12.8%']]);
    assert.deepEqual(seen('airports', text('11.5%'), ['share']), []);
  });
  it('is not read when the sentence names another member', () => {
    assert.deepEqual(seen('airports', text('12.8%', ', more than CIL'), ['share']), []);
  });
});

describe('a group’s total in a sentence that averages another figure', () => {
  it('is read when the average belongs to a figure set off after it', () => {
    assert.deepEqual(seen('marine', 'In 2024 the ten institutes spent a combined EUR 547.4 million, or EUR 54.7 million each on average.\n', ['total']), [['total', 'EUR 547.4 million']]);
    assert.deepEqual(seen('marine', 'In 2024 the ten institutes spent a combined EUR 574.4 million, or EUR 57.4 million each on average.\n', ['total']), []);
  });
  it('is not read when the average is its own', () => {
    assert.deepEqual(seen('marine', 'In 2024 the ten institutes spent a combined EUR 547.4 million, on average.\n', ['total']), []);
    assert.deepEqual(seen('marine', 'In 2024 the ten institutes spent a combined EUR 547.4 million on average.\n', ['total']), []);
  });
});

describe('a sentence opened by a turn of the argument ("For context,", "For comparison,")', () => {
  const text = (opening: string, place: string) => `The GII cluster ranking matters.\n\n${opening} Beijing ranked ${place} in 2025.\n`;
  it('is no measure the place is narrowed to', () => {
    assert.deepEqual(seen('seeds', text('For comparison,', 'third'), ['rank']), [['rank', 'third']]);
    assert.deepEqual(seen('seeds', text('For context,', 'fourth'), ['rank']), []);
  });
  it('leaves a measure opening a narrowed place ("For patents,")', () => {
    assert.deepEqual(seen('seeds', text('For patents,', 'third'), ['rank']), []);
  });
});

describe('a name after a figure that a comparison makes its base ("… more than at the Salzburg city museum")', () => {
  it('is not the figure’s subject: no certain fix to its value', () => {
    const findings = seen('museums', 'Porto had a strong year.\n\nIts 768 thousand visits in 2025 were 17.7% more than at the Salzburg city museum.\n', ['dataset-value']);
    assert.deepEqual(findings, []);
  });
  it('leaves the subject named before the figure', () => {
    assert.deepEqual(seen('museums', 'The Salzburg city museum drew 768 thousand visits in 2025, more than Porto.\n', ['dataset-value']), [['dataset-value', '768 thousand']]);
  });
});

describe('a year past a verb coordinated after the figure ("… and came within a whisker of the record set in 2019")', () => {
  it('is that verb’s, not the figure’s', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,772 thousand passenger journeys and came close to the record set in 2019.\n', ['dataset-value']), []);
  });
  it('leaves the figure’s own year', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys in 2024 and came close to the record set in 2019.\n', ['dataset-value']), [['dataset-value', '6,444 thousand']]);
  });
});

describe('a figure that is the subject of a conditional ("an e-bike share of around 40% would put Gijón …")', () => {
  it('is a proposal, not a value to check', () => {
    const text = '2. Convert the fleet faster: moving to an e-bike share of around 40% would put Gijón in line with Valladolid (41.5%) and Tampere (44.5%).\n';
    assert.deepEqual(seen('bikeshare', text, ['dataset-value']), []);
  });
  it('leaves a value stated as observed', () => {
    assert.deepEqual(seen('bikeshare', 'Gijón’s e-bike share was 40% in 2024.\n', ['dataset-value']), [['dataset-value', '40%']]);
  });
});

describe('"contract" as a noun ("over the contract period")', () => {
  it('is no word of decline', () => {
    const text = (rate: string) => `Tramelia carried 98.4 million passenger journeys in 2015 and 107.6 million in 2024. That is an increase of 9.3% over the contract period, or an average of ${rate} a year.\n`;
    assert.deepEqual(seen('trams', text('1.0%'), ['cagr']), []);
    assert.deepEqual(seen('trams', text('2.0%'), ['cagr']), [['cagr', '2.0%']]);
  });
  it('still reads "contracted" as one', () => {
    assert.deepEqual(seen('trams', 'Tramelia’s journeys contracted from 107.6 million in 2015 to 98.4 million in 2024, by 1.0% a year.\n', ['cagr']), []);
  });
});

describe('a figure scoped by a group called by its size alone ("theses using data from the eight rose from 147 …")', () => {
  const text = "Doctoral training has kept pace: theses using data from the eight rose from 147 in 2015 to 203 in 2024, up 38.1%, and Azufrera's count nearly doubled, from 20 to 38.\n";
  it('is no member’s value, neither the one named in a later clause', () => {
    assert.deepEqual(seen('observatories', text, ['dataset-value']), []);
  });
  it('leaves a figure of a member named before it to that member', () => {
    assert.deepEqual(seen('observatories', "Doctoral theses using Azufrera's data rose from 147 in 2015 to 203 in 2024.\n", ['dataset-value']).slice(0, 1), [['dataset-value', '147']]);
  });
});

describe('a place set off right after a name the dataset does not know ("yet Da Nang, first in 2025, scored 83.9")', () => {
  it('is that name’s, not the sentence’s known subject’s', () => {
    assert.deepEqual(seen('water', 'In the Mekong Urban Water Benchmark, HRWC scored 72.4 in 2025, yet Da Nang, first in 2025, scored 83.9.\n', ['rank']), []);
  });
  it('is a known name’s when the name is known', () => {
    assert.deepEqual(seen('water', 'In the Mekong Urban Water Benchmark, HRWC scored 72.4 in 2025, yet DNWS, third in 2025, scored 83.9.\n', ['rank']), [['rank', 'third']]);
    assert.deepEqual(seen('water', 'In the Mekong Urban Water Benchmark, HRWC, first in 2025, scored 72.4.\n', ['rank']), [['rank', 'first']]);
  });
});

describe('a count of people ("employed 1,240 people")', () => {
  const text = (end: string) => `Staffing grew with the fleet: STAV employed 1,240 people on the tram network at the end of 2015 and ${end} at the end of 2024.\n`;
  it('is no count of a measure of things ("trams"), nor is the figure that takes its measure', () => {
    assert.deepEqual(seen('trams', text('1,363'), ['dataset-value']), []);
  });
  it('leaves a count of things to its measure', () => {
    assert.deepEqual(seen('trams', 'STAV had 130 trams in the fleet at the end of 2024.\n', ['dataset-value']), [['dataset-value', '130']]);
  });
});

describe('a change followed by its own end value ("then jumped by a third, to 598")', () => {
  it('is not checked against the endpoints before it', () => {
    assert.deepEqual(seen('observatories', 'Output crept from 421 in 2019 to 448 in 2020, then jumped by a third, to 598, in 2021.\n', ['percent-change']), []);
  });
  it('leaves a change whose endpoints follow it', () => {
    assert.deepEqual(seen('observatories', 'Output rose by a third, from 421 in 2019 to 598 in 2021.\n', ['percent-change']), [['percent-change', 'by a third']]);
  });
});

describe('a place "ever since" after a year ("climbed to second in 2020 and has been first ever since")', () => {
  it('is a run after that year, not that year’s place', () => {
    assert.deepEqual(seen('observatories', 'In the Observatory Impact Ranking, Cerro Azufrera climbed to second in 2020 and has been first ever since.\n', ['rank']), []);
  });
  it('leaves a place the year dates', () => {
    assert.deepEqual(seen('observatories', 'In the Observatory Impact Ranking, Cerro Azufrera climbed to second in 2020 and was first in 2020.\n', ['rank']), [['rank', 'first']]);
  });
});

describe('a figure of a group of networks or operators named as its scope ("Combined fares of the 5 EUR networks")', () => {
  it('is no member’s value, not even the heading’s', () => {
    assert.deepEqual(seen('trams', '## Lessinval\n\n- Combined fares of the 5 EUR networks 2024: €146.7m against €483.7m operating cost\n', ['dataset-value']), []);
  });
});

describe('a figure of a condition by inversion ("against EUR 345.0 million had every year matched 2019")', () => {
  it('is not an observed value', () => {
    assert.deepEqual(seen('trams', "Over the five years 2020 to 2024 STAV's fares brought in EUR 212.5 million in all, against EUR 345.0 million had every year matched 2019.\n", ['dataset-value']), []);
  });
  it('leaves the same figure stated as a fact', () => {
    assert.deepEqual(seen('trams', "STAV's fare revenue was EUR 345.0 million in 2019.\n", ['dataset-value']), [['dataset-value', 'EUR 345.0 million']]);
  });
});
