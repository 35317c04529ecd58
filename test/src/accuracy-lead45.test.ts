// Readings added in round 45's session: general forms of planted errors missed on the dev split, each with a twin that
// stays silent. Datasets: eval/domains and samples/dataset, or a made-up one written here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, seenFindings, seenIn } from './helpers.js';

const seen = seenIn;

describe('a share "of the combined <measure> of <whole>" after its part', () => {
  const text = (share: string) => `FC Vesterlund had revenue of EUR 64.5 million and accounted for ${share} of the combined revenue of EUR 275.6 million.\n`;
  it('divides the part by the whole named as a total', () => {
    const found = seenFindings(domainEngine('clubs'), text('25.4%'), new Set(['share']));
    assert.deepEqual(found.map((f) => [f.stated, f.fix ?? f.suggestion ?? null]), [['25.4%', '23.4%']]);
  });
  it('is silent when the share holds', () => {
    assert.deepEqual(seen('clubs', text('23.4%'), ['share']), []);
  });
  it('is not read when the whole after "of" is no total', () => {
    assert.deepEqual(seen('clubs', 'FC Vesterlund had revenue of EUR 64.5 million and accounted for 25.4% of the ticket revenue of EUR 275.6 million.\n', ['share']), []);
  });
});

describe('a place reached by a move ("reached fifth", "slipped to fourth") in a document that names its one ranking', () => {
  const text = (place: string) => `The 2024 European Cycling City Index is out.\n\n## Spain is catching up\n\nMurcia, long stuck near the bottom, ${place} in 2024, its best result.\n`;
  it('is a place in that ranking', () => {
    assert.deepEqual(seen('bikeshare', text('reached fifth'), ['rank']), [['rank', 'fifth']]);
    assert.deepEqual(seen('bikeshare', text('climbed to fifth'), ['rank']), [['rank', 'fifth']]);
  });
  it('is silent when the place holds', () => {
    assert.deepEqual(seen('bikeshare', text('reached sixth'), ['rank']), []);
  });
  it('is not read from a move that is no place ("reached five stations")', () => {
    assert.deepEqual(seen('bikeshare', text('reached five new stations'), ['rank']), []);
  });
});

describe('a place in a clause without a year, in a sentence dated by "last year" as well as by a year', () => {
  it('is left undated', () => {
    const text = 'The WIPO Global Innovation Index is out.\n\nBeijing climbed from fourth in 2023 to third in 2024, then slipped back to fourth last year as San Jose–San Francisco moved up to third under the new method.\n';
    assert.deepEqual(seen('seeds', text, ['rank']), []);
  });
});

describe('people employed by a group named by its size', () => {
  it('are the sum of its members’ staff, without "together"', () => {
    assert.deepEqual(seen('breweries', 'The eight breweries employed 858 people in 2024.\n', ['total']), [['total', '858']]);
  });
  it('are silent when the sum holds', () => {
    assert.deepEqual(seen('breweries', 'The eight breweries employed 916 people in 2024.\n', ['total']), []);
  });
  it('are not read when the figure names a narrower group than the staff', () => {
    assert.deepEqual(seen('breweries', 'The eight breweries employed 858 brewers in 2024.\n', ['total']), []);
  });
});

describe('a share after "N of them" that names a whole of its own', () => {
  const text = (share: string) => `Glenmorrin lost 185 of the 648 on-call firefighters it had in 2015, a compound decline of 3.7% a year. Those who remain, 463 of them, still made up ${share} of the brigade's 645 front-line firefighters in 2024.\n`;
  it('is the part over that whole, not over the count "them" refers to', () => {
    assert.deepEqual(seen('firerescue', text('71.8%'), ['share']), []);
    assert.deepEqual(seen('firerescue', text('75.8%'), ['share']), [['share', '75.8%']]);
  });
});

describe('a count in words that is the size of a set referred to', () => {
  it('is no value of the measure its noun heads ("the two groups overlap")', () => {
    const text = 'Morava Hostels sold 181,000 overnight stays in 2024.\n\nUnder-26s booked 46.0% of Morava’s nights in 2024, and Czech residents 34.7%; the two groups overlap heavily, because the school trips count in both. School group bookings, 533 in 2024, are the backbone.\n';
    assert.deepEqual(seen('hostels', text, ['dataset-value']), []);
  });
});

describe('a change after a statement’s endpoints with a period of its own after it', () => {
  it('is not the statement’s change ("rose 68.8% in the five years after 2019")', () => {
    assert.deepEqual(seen('hostels', 'Our turnover has almost tripled since 2015, from €8.5 million to €23.8 million, and it rose 68.8% in the five years after 2019 alone.\n', ['percent-change']), []);
  });
  it('is still the statement’s when the period is the statement’s own', () => {
    assert.deepEqual(seen('hostels', 'Our turnover grew from €8.5 million in 2015 to €23.8 million in 2024, up 170% since 2015.\n', ['percent-change']), [['percent-change', '170%']]);
  });
});

describe('a figure written as the first half of a compound ("638-bed")', () => {
  it('is the size of one thing introduced or picked out, not the entity’s own measure', () => {
    assert.deepEqual(seen('hostels', 'Vltava Loft: In March 2019 we opened our flagship: a 638-bed former printworks in Prague-Holešovice.\n', ['dataset-value']), []);
    assert.deepEqual(seen('hostels', 'Vltava Loft in Prague is the clear volume winner: the 638-bed hostel it opened in 2019 lifted its bed count in a single year.\n', ['dataset-value']), []);
  });
  it('is the entity’s own in an apposition to its name', () => {
    assert.deepEqual(seen('hostels', 'Vltava Loft, a 638-bed network in 2019, grew.\n', ['dataset-value']), [['dataset-value', '638']]);
  });
});

describe('a place told as history ("one year after we had climbed to third")', () => {
  it('is not dated to the latest edition', () => {
    const text = (tail: string) => `In the eighth edition of the Protected Area Management Effectiveness Index (PAMEI), Kalliojärvi finished second of the eight parks. ${tail}\n`;
    assert.deepEqual(seen('parks', text('It is our best placing yet, and it came one year after we had climbed to third.'), ['rank']), []);
    assert.deepEqual(seen('parks', text('It is now third.'), ['rank']), [['rank', 'third']]);
  });
});

describe('a range of shares in the prose after a table with a Sum row', () => {
  const table = '| | 2015 | 2024 |\n| --- | ---: | ---: |\n| University of Tokyo | 287 | 638 |\n| Institute of Science Tokyo | 165 | 201 |\n| Keio University | 21 | 63 |\n| Sum of the three | 473 | 902 |\n\n';
  it('is no one share of a row', () => {
    assert.deepEqual(seen('seeds', table + 'The University of Tokyo provided 70.7% of the 2024 sum; over the period its share moved between 61% and 73%.\n', ['share']), []);
  });
  it('leaves a single share of the sum read, also one followed by "and" another share', () => {
    assert.deepEqual(seen('seeds', table + 'The University of Tokyo provided 75.7% of the 2024 sum.\n', ['share']), [['share', '75.7%']]);
    assert.deepEqual(seen('seeds', table + 'The University of Tokyo provided 75.7% of the 2024 sum and 60.7% of the 2015 sum.\n', ['share']), [['share', '75.7%']]);
  });
});

describe('a change before a bracket that holds its endpoints as "from … to"', () => {
  const text = (change: string) => `Liffey cut its beds by ${change} when it sold two Dublin hostels in 2021 (from 2,530 to 1,904).\n`;
  it('is checked against them, as a fall ("cut … by")', () => {
    assert.deepEqual(seen('hostels', text('32.9%'), ['percent-change']), [['percent-change', '32.9%']]);
  });
  it('is silent when it holds', () => {
    assert.deepEqual(seen('hostels', text('24.7%'), ['percent-change']), []);
  });
  it('is no fall when "cut" is another party’s deed in the clause', () => {
    assert.deepEqual(seen('cinemas', 'Mirador, the chain that cut deepest, raised its average price from €5.94 to €6.74, about 2.6% a year, compounded.\n', ['cagr']), []);
  });
});

describe('a share, then its difference in points from an earlier share after it', () => {
  const text = (points: string) => `Corrib's share was 43.4% in 2024, down ${points} percentage points from 46.8% in 2015.\n`;
  it('is checked as the difference of the two ("43.4% in 2024, down 4.3 points from 46.8% in 2015")', () => {
    assert.deepEqual(seen('hostels', text('4.3'), ['percent-change']), [['percent-change', '4.3']]);
  });
  it('is silent when it holds', () => {
    assert.deepEqual(seen('hostels', text('3.4'), ['percent-change']), []);
  });
});

describe('a rate or a change that happens to equal a level fact of its entity', () => {
  it('is not confirmed by that fact ("a rise of 7.8% a year" against a 7.8% share)', () => {
    const text = 'Vltava Loft: the average night cost €28.32 in 2024, a rise of 7.8% a year since 2015.\n';
    const result = domainEngine('hostels').check(text);
    const verified = (result.state.verified ?? []).map((v: { range: { start: number; end: number } }) => text.slice(v.range.start, v.range.end));
    assert.ok(verified.includes('€28.32'), 'the level is still confirmed');
    assert.ok(!verified.includes('7.8%'), 'the rate is not');
  });
});

describe('"now" right before a place in a sentence whose other clauses give years', () => {
  const text = (place: string) => `The 2024 European Cycling City Index is out.\n\nMurcia, which nearly doubled its trips between 2015 and 2024, is now ${place} in the index.\n`;
  it('dates the place to the latest edition', () => {
    assert.deepEqual(seen('bikeshare', text('fifth'), ['rank']), [['rank', 'fifth']]);
    assert.deepEqual(seen('bikeshare', text('sixth'), ['rank']), []);
  });
  it('does not make "now leads it by 7.9 points" a first place', () => {
    assert.deepEqual(seen('bikeshare', 'The 2024 European Cycling City Index is out.\n\nMurcia overtook Gijón in 2022 and now leads it by 7.9 points.\n', ['rank']), []);
  });
});

describe('a count after a verb that moves things in or out', () => {
  const text = (verb: string) => `In 2023 SCFPO ${verb} 22 vessels.\n`;
  it('is no level of a stock measure ("withdrew 22 vessels")', () => {
    assert.deepEqual(seen('fisheries', text('withdrew'), ['dataset-value']), []);
  });
  it('is the stock when the verb states it ("had 22 vessels")', () => {
    assert.deepEqual(seen('fisheries', text('had'), ['dataset-value']), [['dataset-value', '22']]);
  });
});

describe('a multiple after a figure that is the base of an earlier comparison', () => {
  it('is not that figure’s ("100 points above NINS at 701, and more than twice the 366")', () => {
    const text = 'In the Nature Index’s 2015 collaboration rankings, RIKEN placed third with a score of 801, a full 100 points above the National Institutes of Natural Sciences (NINS) at 701, and more than twice the 366 of the University of Tsukuba.\n';
    assert.deepEqual(seen('seeds', text, ['percent-change']), []);
  });
});

describe('an equation "a + b + c = d" after a numbered item', () => {
  it('sums the "+" chain against the figure beside "=", not the item number or a part', () => {
    assert.deepEqual(seen('desalination', '7. 17.5 + 14.6 + 4.7 = 36.8 million m³, which is 13.3 per cent of the total.\n', ['total']), []);
    assert.deepEqual(seen('desalination', '7. 17.5 + 14.6 + 4.7 = 38.8 million m³.\n', ['total']), [['total', '38.8 million']]);
    assert.deepEqual(seen('desalination', 'Total: 38.8 = 17.5 + 14.6 + 4.7.\n', ['total']), [['total', '38.8']]);
  });
});

describe('"the remaining 3.5%" after a sentence of shares of the same split', () => {
  it('closes a split begun before it, not a split of its own sentence', () => {
    const text = 'In 2024 export was its largest channel, ahead of retail (26.7%) and other pubs and restaurants (18.2%). The brewery’s own tap and tied houses took 9.6% of volume, and events and contract brewing the remaining 3.5%.\n';
    assert.deepEqual(seen('breweries', text, ['breakdown-sum']), []);
  });
  it('is still read alone in its paragraph', () => {
    assert.deepEqual(seen('breweries', 'Export took 58.9% of volume, and the other channels the remaining 31.1%.\n', ['breakdown-sum']), [['breakdown-sum', '31.1%']]);
  });
});

describe('round 45’s dev half, read after its held-out figures were recorded', () => {
  it('a combined statement after parts that leave out a member the sentences name is not checked against them', () => {
    const text = (between: string) => `All three institutions increased their Sweden-linked output over the decade. UTokyo's output nearly tripled, from 287 to 638 papers, ${between} Science Tokyo grew from 165 to 201 papers.\n\nTaken together, the counts rose by 90.7%, from 473 to 902.\n`;
    assert.deepEqual(seen('seeds', text("and Keio's tripled from a small base."), ['total']), []);
    assert.deepEqual(seen('seeds', text('while'), ['total']), [['total', '473'], ['total', '902']]);
  });
  it('"the three together accounted for 34.6% of the 476,226 cases" is no count of three', () => {
    assert.deepEqual(seen('courts', 'Puerto Albar took in 47.5% of the civil cases filed in the three districts, and the three together accounted for 34.6% of the 476,226 cases filed across all eight.\n', ['share']), []);
    assert.deepEqual(seen('courts', 'Those four are 16.4% of the 35 courts.\n', ['share']), [['share', '16.4%']]);
  });
  it('"8.9% less" is a fall, and fits rounded endpoints that may give it', () => {
    const text = (share: string) => `Per event, we used 334.5 MWh in 2024 against 367.4 MWh in 2015, ${share} less.\n`;
    assert.deepEqual(seen('stadiums', text('8.9%'), ['percent-change']), []);
    assert.deepEqual(seen('stadiums', text('5.0%'), ['percent-change']), [['percent-change', '5.0%']]);
  });
  it('"which replaced 330 seats in 2019" is no seat count', () => {
    assert.deepEqual(seen('stadiums', '## Havenweide\n\nAsk to see the safe-standing section behind the north goal, which replaced 330 seats in 2019.\n', ['dataset-value']), []);
  });
});
