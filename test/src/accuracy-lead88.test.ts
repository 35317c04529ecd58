// Readings added in round 88's session: false readings and misses of its dev drafts, each with a twin that keeps the
// reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn as seen } from './helpers.js';

// Observatories: Cerro Vizcacha's OIR composite score 86 (2016), 85 (2020); it ranked first in both editions.
describe('a table caption that speaks of places as well as the measure it names', () => {
  const table = (caption: string) => `**Table 3.6. ${caption}**\n\n| Observatory | 2016 | 2020 |\n| --- | ---: | ---: |\n| Cerro Vizcacha | 1 | 1 |\n| Pampa Chaxira | 6 | 6 |\n`;
  it('does not read the year columns as values of that measure ("OIR ranks … and the 2024 score")', () => {
    assert.deepEqual(seen('observatories', table('OIR ranks in selected editions and the 2024 score'), ['dataset-value']), []);
    assert.deepEqual(seen('observatories', table('OIR ranks and composite scores in selected editions'), ['dataset-value']), []);
  });
  it('while a caption that names only the measure gives it to the year columns', () => {
    const scores = `**Table 3.6. OIR composite scores in selected editions**\n\n| Observatory | 2016 | 2020 |\n| --- | ---: | ---: |\n| Cerro Vizcacha | 96 | 85 |\n`;
    assert.deepEqual(seen('observatories', scores, ['dataset-value']), [['dataset-value', '96']]);
  });
});

// Makerspaces: Westerdok was 1st in the 2022 EOWI under the old method (counterfactual) and 3rd under the new one.
describe('a move told after a semicolon that gives the same year another way', () => {
  const text = (place: string) => `Under the old EOWI weights Westerdok would have kept the top spot in 2022; under the new ones it slipped to ${place}, and it has been runner-up since.\n`;
  it('is not read as a place of an edition after that year', () => {
    assert.deepEqual(seen('makerspaces', text('third'), ['rank']), []);
  });
  it('while a move after a year in its own clause still is ("first in 2019, slipped to third")', () => {
    assert.deepEqual(seen('makerspaces', 'In the EOWI, Westerdok, first in 2020, slipped to fourth.\n', ['rank']), [['rank', 'fourth']]);
  });
});

// Stadiums: figures that are not the dataset's (EUR 25.9 million → EUR 32.7 million, 12.4% a year), so that the years
// come from the sentence, not from facts the endpoints equal (the dataset's 25.8 and 32.6 were read that way before).
describe('a rate counted "since" a year before a from–to that dates only its later value', () => {
  const text = (rate: string) => `Olszynka's revenue has grown at a compound ${rate} a year since 2022, from EUR 25.9 million to EUR 32.7 million in 2024.\n`;
  it('starts the statement at that year', () => {
    assert.deepEqual(seen('stadiums', text('8.1%'), ['cagr']), [['cagr', '8.1%']]);
    assert.deepEqual(seen('stadiums', text('12.4%'), ['cagr']), []);
  });
});

// Makerspaces: Glenmoy's income EUR 0.05 million (2015) → EUR 0.22 million (2024): 17.9% a year; EUR 0.12 million in 2019.
describe('a rate set off by dashes before "— and" a second change with a year of its own', () => {
  const text = (rate: string) => `Income reached €0.22 million in 2024, up from €0.05 million in 2015 — a compound annual growth rate of ${rate} — and 83% higher than in 2019 (€0.12 million).\n`;
  it('is the first statement’s rate, the clause after the dash another one', () => {
    assert.deepEqual(seen('makerspaces', text('16.0%'), ['cagr']), [['cagr', '16.0%']]);
    assert.deepEqual(seen('makerspaces', text('17.9%'), ['cagr']), []);
  });
});

// Makerspaces: Glenmoy had 75 members in 2015 and 212 in 2024 (+182.7%).
describe('a change after a semicolon whose period says the values’ two years again', () => {
  const text = (change: string, years = '2015 and 2024') => `Glenmoy had 75 members in 2015 and 212 in 2024; membership rose by ${change} between ${years}.\n`;
  it('is the change between those values', () => {
    assert.deepEqual(seen('makerspaces', text('65%'), ['percent-change']), [['percent-change', '65%']]);
    assert.deepEqual(seen('makerspaces', text('182.7%'), ['percent-change']), []);
  });
  it('also when the values are dated "at the end of" their years', () => {
    const ends = 'Glenmoy had 75 members at the end of 2015 and 212 at the end of 2024; membership rose by 65% between 2015 and 2024.\n';
    assert.deepEqual(seen('makerspaces', ends, ['percent-change']), [['percent-change', '65%']]);
  });
  it('while another period, or another measure after the semicolon, is not', () => {
    assert.deepEqual(seen('makerspaces', text('65%', '2019 and 2024'), ['percent-change']), []);
    assert.deepEqual(seen('makerspaces', 'Glenmoy had 75 members in 2015 and 212 in 2024; visitors rose by 65% between 2015 and 2024.\n', ['percent-change']), []);
  });
  it('and a difference dated by its base year ("36 more than in 2015") is no value of that year', () => {
    assert.deepEqual(seen('ports', 'The eight port authorities employed 5,143 people at the end of 2024, just 36 more than in 2015, a rise of 0.7%.\n', ['percent-change']), []);
  });
});

// Seeds: a reference list under a heading that says whom it is for.
describe('a references heading with a note in brackets ("References (for the handout)")', () => {
  const text = (heading: string) => `# Talk\n\n- Sources: [1], [2]\n\n## ${heading}\n\n1. STINT, *Outlook*, Issue 7 (slides 2, 3).\n2. WIPO, GII 2025 (slide 3).\n3. Carnegie Endowment, report.\n`;
  it('still heads the bibliography', () => {
    assert.deepEqual(seen('seeds', text('References (for the handout)'), ['bibliography-uncited']), [['bibliography-uncited', '3']]);
  });
  it('while a bracket that is no note on the list does not', () => {
    assert.deepEqual(seen('seeds', text('References (2025)'), ['bibliography-uncited']), []);
  });
});

// Makerspaces: Brunnstedt's EOWI score 85.9 in the 2025 edition.
describe('an index score dated by "the YEAR edition"', () => {
  const text = (score: string) => `Brunnstedt leads the European Open Workshop Index, with a score of ${score} in the 2025 edition.\n`;
  it('is that edition’s score', () => {
    assert.deepEqual(seen('makerspaces', text('88.9'), ['dataset-value']), [['dataset-value', '88.9']]);
    assert.deepEqual(seen('makerspaces', text('85.9'), ['dataset-value']), []);
  });
  it('while a count is not dated by an edition', () => {
    assert.deepEqual(seen('makerspaces', 'Brunnstedt had 868 members in the 2025 edition.\n', ['dataset-value']), []);
  });
});

// Ski: Hochsattel was 2nd in the 2023 GSI and 1st in 2024.
describe('a move with its length before "from … to" ("climbed one place, from second in 2023 to first")', () => {
  const text = (place: string) => `In the Guest Satisfaction Index, Hochsattel climbed one place, from second in 2023 to ${place}.\n`;
  it('is a place of an edition after that year', () => {
    assert.deepEqual(seen('ski', text('first'), ['rank']), []);
    assert.deepEqual(seen('ski', text('third'), ['rank']), [['rank', 'third']]);
  });
});

// Hostels: Liffey sold 767.4 thousand stays in 2019; the other seven together 2,390.5 thousand.
describe('figures after "the other seven" in a sentence that sets one member aside', () => {
  it('are the rest of the group’s, not the member’s', () => {
    assert.deepEqual(seen('hostels', 'Leave Liffey aside and the other seven together sold 2,563.4 thousand stays in 2024, against 2,390.5 thousand in 2019.\n', ['dataset-value']), []);
  });
  it('while the member’s own figure before them is still its own', () => {
    assert.deepEqual(seen('hostels', 'Liffey sold 867.4 thousand stays in 2019, the other seven 2,390.5 thousand.\n', ['dataset-value']), [['dataset-value', '867.4 thousand']]);
  });
});

// Hostels: Vltava Loft had 2,286 beds in 2019; one of its hostels had 638.
describe('a figure made an adjective of one unit of the entity ("its 638-bed printworks hostel")', () => {
  it('is that unit’s, not the entity’s total', () => {
    assert.deepEqual(seen('hostels', 'Vltava Loft recovered from the dip it took when its 638-bed printworks hostel opened in 2019.\n', ['dataset-value']), []);
  });
  it('while the same figure of the entity is checked', () => {
    assert.deepEqual(seen('hostels', 'Vltava Loft had 638 beds in 2019.\n', ['dataset-value']), [['dataset-value', '638']]);
  });
});

// Foodbanks: a share column with a subtotal row in italics.
describe('a share column with subtotal rows set in italics', () => {
  const table = (farms: string) => `| Source | Share of food (%) |\n| --- | ---: |\n| Retail surplus | 46.7 |\n| Food industry | 17.3 |\n| Farms and growers | ${farms} |\n| *Rescued from waste, subtotal* | *69.2* |\n| Public donations | 21.4 |\n| Purchased food | 7.6 |\n| Public programmes | 1.8 |\n| **Total** | **100.0** |\n`;
  it('leaves the subtotals out of the sum', () => {
    assert.deepEqual(seen('foodbanks', table('5.2'), ['breakdown-sum']), []);
  });
  it('while a part that is wrong still makes the column miss 100', () => {
    assert.deepEqual(seen('foodbanks', table('9.2'), ['breakdown-sum']).length, 1);
  });
});

// Spas: spending by category, 2024, in percent of total spending per spa (Sonnfelden: energy and water 16.2, marketing 6.9).
describe('a table of category shares per entity under a caption that gives the unit as percent', () => {
  const table = (marketing: string) => `**Table 4. Spending by category, 2024 (% of total spending)**\n\n| Category | Warmbach | Sonnfelden | Quellbrunn |\n| --- | ---: | ---: | ---: |\n| Staff | 37.4 | 41.8 | 46.3 |\n| Energy and water | 19.6 | 16.2 | 18.7 |\n| Treatments and medical supplies | 5.8 | 9.7 | 6.4 |\n| Maintenance and repairs | 10.9 | 13.5 | 14.2 |\n| Marketing and sales | 12.7 | ${marketing} | 3.1 |\n| Administration, insurance and other | 13.6 | 11.9 | 11.3 |\n| **Total** | **100.0** | **100.0** | **100.0** |\n`;
  it('reads a row label that names a measure of another unit as a category ("Energy and water" is no energy use in GWh)', () => {
    assert.deepEqual(seen('spas', table('6.9'), ['dataset-value', 'total', 'unverified', 'breakdown-sum']), []);
  });
  it('and checks each column against its Total row of 100', () => {
    assert.deepEqual(seen('spas', table('9.6'), ['breakdown-sum', 'total']), [['breakdown-sum', '100.0']]);
  });
});

describe('a table of shares of two years, each column with a Total row of 100', () => {
  const table = (other: string) => `| Category | Share 2015 (%) | Share 2024 (%) |\n| --- | ---: | ---: |\n| Staff | 40.0 | 41.8 |\n| Energy | 20.0 | 16.2 |\n| Other | 40.0 | ${other} |\n| **Total** | **100.0** | **100.0** |\n`;
  it('is two breakdowns', () => {
    assert.deepEqual(seen('spas', table('45.0'), ['breakdown-sum']), [['breakdown-sum', '100.0']]);
    assert.deepEqual(seen('spas', table('42.0'), ['breakdown-sum']), []);
  });
});
