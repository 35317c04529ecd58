// Readings added in round 51's session: general forms of planted errors missed, or false readings, on the dev split
// (or, for the sorted league table, a probe written from the water factsheet), each with a twin. Datasets:
// eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// GII: Tokyo–Yokohama first 2017–2024 on patents+publications; 2025 adds VC.
describe('a rank said to be "on" the measures of the ranking’s method', () => {
  const gii = (on: string) => `In the WIPO Global Innovation Index (GII), Tokyo–Yokohama ranked first in every edition from 2018 to 2024 ${on}.\n`;
  it('is the ranking’s own place when every word of one edition’s method is named', () => {
    assert.deepEqual(seen('seeds', gii('on patents and publications'), ['rank-years']), [['rank-years', '2018 to 2024']]);
    assert.deepEqual(seen('seeds', gii('on the combined count of PCT patent applications and scientific publications'), ['rank-years']), [['rank-years', '2018 to 2024']]);
  });
  it('is a place on another measure when only part of the method is named', () => {
    assert.deepEqual(seen('seeds', gii('on publications'), ['rank-years']), []);
  });
});

// Water: NRW 2025 lowest first PPMWA 6.2, BTWA 12.9, DNWS 13.4, HRWC 17.9, SDWC 19.8, CTWS 21.3, CMWA 24.6, VCWE 26.1,
// UBWA 28.2, SKWE 30.8; MUWB 2025 places DNWS 1, PPMWA 2, BTWA 3, SDWC 4, HRWC 5, CTWS 6, VCWE 7, CMWA 8, UBWA 9, SKWE 10.
describe('a plain rank column whose places sort another column’s figures', () => {
  const rows: [string, string][] = [['PPMWA', '6.2'], ['BTWA', '12.9'], ['DNWS', '13.4'], ['HRWC', '17.9'], ['SDWC', '19.8'], ['CTWS', '21.3'], ['CMWA', '24.6'], ['VCWE', '26.1'], ['UBWA', '28.2'], ['SKWE', '30.8']];
  const table = (order: (i: number) => number) =>
    `The MUWB 2025 ranking, with each utility's non-revenue water:\n\n| Rank | Utility | NRW 2025 (%) |\n| ---: | --- | ---: |\n${rows.map(([u, v], i) => `| ${order(i)} | ${u} | ${v} |`).join('\n')}\n`;
  it('is the table’s own league on that measure, not the dataset ranking, even under the ranking’s name', () => {
    assert.deepEqual(seen('water', table((i) => i + 1), ['rank']), []);
  });
  it('is still the ranking’s when the places do not follow the figures', () => {
    const muwb = [2, 3, 1, 5, 4, 6, 8, 7, 9, 10];
    assert.deepEqual(seen('water', table((i) => muwb[i]!), ['rank']), []);
    const wrong = [2, 3, 1, 5, 4, 6, 8, 7, 10, 9];
    assert.deepEqual(seen('water', table((i) => wrong[i]!), ['rank']), [['rank', '10'], ['rank', '9']]);
  });
});

// Courts: Riberalta's pending cases at the end of 2019: 35,962.
describe('a count whose verb moves what it counts', () => {
  it('is no level of the measure ("9,840 pending cases moved with it")', () => {
    assert.deepEqual(seen('courts', 'When the Monteagudo court folded into Riberalta on 1 January 2019, 9,840 pending cases moved with it.\n', ['dataset-value']), []);
    assert.deepEqual(seen('courts', 'In 2019, 9,840 pending cases were transferred to Riberalta.\n', ['dataset-value']), []);
  });
  it('leaves a held count read', () => {
    assert.deepEqual(seen('courts', 'Riberalta had 9,840 pending cases in 2019.\n', ['dataset-value']), [['dataset-value', '9,840']]);
  });
});

// Courts: Portalva's pending cases 52,702 (2018), 28,326 (2024): −46.3%.
describe('a change whose start stands before a semicolon, or in the sentence before, and is referred to', () => {
  it('reads "X had A in Y1; by Y2 that was down to B, a fall of Z%" (a day of a date is no value)', () => {
    const text = (change: string) => `At the end of 2018 Portalva had 52,702 civil cases pending; by 31 December 2024 that was down to 28,326, a fall of ${change}.\n`;
    assert.deepEqual(seen('courts', text('86.1%'), ['percent-change']), [['percent-change', '86.1%']]);
    assert.deepEqual(seen('courts', text('46.3%'), ['percent-change']), []);
  });
  it('reads "they had fallen to B" after a sentence with the counted noun', () => {
    const text = (change: string) => `Portalva had 52,702 pending cases in 2018. By 2024 they had fallen to 28,326, a fall of ${change}.\n`;
    assert.deepEqual(seen('courts', text('86.1%'), ['percent-change']), [['percent-change', '86.1%']]);
    assert.deepEqual(seen('courts', text('46.3%'), ['percent-change']), []);
  });
});

// Recycling: 21 thousand households with a food-waste bin (2015), 78 thousand (2024): ×3.71.
describe('a multiple in words whose endpoints are "the figure" and the sentence before', () => {
  const text = (multiple: string) => `At the end of 2015 only 21 thousand households had a separate food-waste bin. By the end of 2024 the figure was 78 thousand, so the number of households served has ${multiple}.\n`;
  it('is checked against the two figures', () => {
    assert.deepEqual(seen('recycling', text('more than quadrupled'), ['percent-change']), [['percent-change', 'more than quadrupled']]);
    assert.deepEqual(seen('recycling', text('more than tripled'), ['percent-change']), []);
  });
});

describe('a difference in points followed by the same difference per year', () => {
  const text = (end: string) => `The recycling rate stood at 38.2% in 2015. It reached ${end}% in 2024, a gain of 8.3 percentage points over nine years, or an average of 0.9 points a year.\n`;
  it('still checks the difference against its two figures', () => {
    assert.deepEqual(seen('recycling', text('48.9'), ['percent-change']), [['percent-change', '8.3']]);
    assert.deepEqual(seen('recycling', text('46.5'), ['percent-change']), []);
  });
});

// Tourism: SDI 2024 places REB fourth, SAR sixth; 2022 REB fifth, SAR seventh. The factsheet's acronyms are aliases.
describe('a known name set off by an apposition that names another', () => {
  const sdi = 'The SDI ranks the eight destinations each September.\n\n';
  it('is the subject of the place after the apposition, and of the place it moved from', () => {
    const text = (place: string) => `${sdi}REB, the Austrian wine valley and the Valle del Sarro's most direct competitor for German wine tourists, ranked ${place} in 2024, up from fifth in 2022.\n`;
    assert.deepEqual(seen('tourism', text('third'), ['rank']), [['rank', 'third']]);
    assert.deepEqual(seen('tourism', text('fourth'), ['rank']), []);
  });
});

// Forests (a probe from the factsheet): Kargalpen's operating revenue in 2024, EUR 35.6 million.
describe('a measure narrowed by the source it comes from', () => {
  it('is a part of the measure ("revenue from recreation", "income from timber"), no level of it', () => {
    assert.deepEqual(seen('forests', "Kargalpen's revenue from recreation was EUR 1.4 million in 2024.\n", ['dataset-value']), []);
    assert.deepEqual(seen('forests', "Kargalpen's income from timber was EUR 27.0 million in 2024.\n", ['dataset-value']), []);
  });
  it('leaves the measure itself read, and "from" a sum', () => {
    assert.deepEqual(seen('forests', "Kargalpen's revenue was EUR 1.4 million in 2024.\n", ['dataset-value']), [['dataset-value', 'EUR 1.4 million']]);
    assert.deepEqual(seen('forests', "Kargalpen's revenue from EUR 32.2 million in 2015 to EUR 39.6 million in 2024 is a rise of 23%.\n", ['dataset-value']), [['dataset-value', 'EUR 39.6 million']]);
  });
});

// Water: MUWB 2025 places BTWA third and DNWS first; "league table" is one of the MUWB's phrases.
describe('a ranking named by a common noun that another party owns', () => {
  it('is that party’s, in prose and over a table ("the regulator’s league table")', () => {
    assert.deepEqual(seen('water', "The regulator's league table placed DNWS third in 2025.\n", ['rank']), []);
    const order = ['BTWA', 'PPMWA', 'DNWS', 'SDWC', 'HRWC', 'CTWS', 'VCWE', 'CMWA', 'UBWA', 'SKWE'];
    const table = `The regulator's performance league table for 2025 ranks the ten utilities on a weighted set of five indicators.\n\n| Rank | Utility | Connections (thousand) |\n| ---: | --- | ---: |\n${order.map((u, i) => `| ${i + 1} | ${u} | 100 |`).join('\n')}\n`;
    assert.deepEqual(seen('water', table, ['rank']), []);
  });
  it('leaves the dataset’s ranking named by its name read', () => {
    assert.deepEqual(seen('water', 'The MUWB league table placed DNWS third in 2025.\n', ['rank']), [['rank', 'third']]);
  });
});

describe('a total change said "on" its first year or "between" its two, then a rate a year', () => {
  it('must agree with the rate over the years between (50% over 2015–2024 is 4.6% a year)', () => {
    assert.deepEqual(seen('orchestras', 'Ticket income reached EUR 5.1 million in 2024, up 50% on 2015, or 5.2% a year.\n', ['cagr']), [['cagr', '5.2%']]);
    assert.deepEqual(seen('orchestras', 'Ticket income reached EUR 5.1 million in 2024, up 50% on 2015, or 4.6% a year.\n', ['cagr']), []);
    assert.deepEqual(seen('orchestras', 'Ticket income rose 50% between 2015 and 2024, or 5.2% a year.\n', ['cagr']), [['cagr', '5.2%']]);
  });
  it('leaves a rate of another subject alone ("…, while MNF’s grew at a compound 12.1% a year")', () => {
    const text = "PTN's revenue rose 12.5% between 2015 and 2024, to EUR 2,308.7m, while MNF's grew at a compound 12.1% a year, to EUR 264.8m.\n";
    assert.deepEqual(seen('telecom', text, ['cagr']), []);
  });
});

// Water: MUWB 2025 places DNWS first, SDWC fourth; DNWS first in 2022, 2023 and 2025 only.
describe('a section whose own table ranks by its measure, referred to as "the table"', () => {
  const text = (position: string) =>
    `## 3. The 2025 league table\n\n| Utility | NRW 2025 (%) | Weighted score | League position |\n| --- | ---: | ---: | ---: |\n| DNWS | 13.4 | 1.75 | 1 |\n| SDWC | 20.7 | 2.50 | 2 |\n| HRWC | 17.9 | 2.85 | 3 |\n| CTWS | 21.3 | 2.90 | 4 |\n\nDNWS heads the table for the third year running.\n\nSDWC keeps ${position} place.\n`;
  it('is that table, not the dataset ranking one of whose phrases is "league table"', () => {
    assert.deepEqual(seen('water', text('second'), ['rank', 'rank-years']), []);
  });
  it('leaves the ranking named by its name read', () => {
    assert.deepEqual(seen('water', `${text('second')}\nIn the 2025 MUWB, SDWC came second.\n`, ['rank', 'rank-years']), [['rank', 'second']]);
  });
});

// Forests: Măgura Neagră's 2024 timber sold by use: sawlogs 33.1, energy wood 31.7, pulpwood 22.8, export 5.2, other 7.2.
describe('a paragraph that closes with "the remaining" a split the paragraph before began', () => {
  const text = (rest: string) =>
    `Sawlogs made up only 33.1 per cent of the timber it sold last year; energy wood took 31.7 per cent and pulpwood 22.8 per cent. Taken together, those two low-value uses accounted for 54.5 per cent of the volume sold.\n\nExport was 5.2 per cent and poles, veneer logs and small lots ${rest} 7.2 per cent.\n`;
  it('is no split of two shares that must make 100', () => {
    assert.deepEqual(seen('forests', text('the remaining'), ['breakdown-sum']), []);
  });
  it('leaves a paragraph that opens a split of its own and closes it read', () => {
    assert.deepEqual(seen('forests', 'Export was 5.2 per cent and the remaining 84.8 per cent went to mills.\n', ['breakdown-sum']), [['breakdown-sum', '84.8 per cent']]);
  });
});

// Round 53's dev half. Forests: Czarny Groń's 2024 revenue EUR 21.0 million. Water: CMWA fifth in 2018, eighth in 2025.
describe('a sum of money with its currency but no scale word', () => {
  it('is no amount of a measure kept in millions ("unit revenue … to EUR 85.6")', () => {
    assert.deepEqual(seen('forests', "Czarny Groń's unit revenue slipped 5.9% in 2024 to EUR 85.6, the only marked fall in the group.\n", ['dataset-value']), []);
  });
  it('leaves one with its scale read', () => {
    assert.deepEqual(seen('forests', "Czarny Groń's revenue was EUR 85.6 million in 2024.\n", ['dataset-value']), [['dataset-value', 'EUR 85.6 million']]);
  });
});

describe('"down from fifth in 2018 to eighth" without a verb', () => {
  const text = (to: string) => `The 2025 MUWB results.\n\nWe see no pressure, but the trajectory of Chiang Mai (CMWA), down from fifth in 2018 to ${to}, bears watching.\n`;
  it('gives the year to the place moved from, not to the place reached', () => {
    assert.deepEqual(seen('water', text('eighth'), ['rank']), []);
    assert.deepEqual(seen('water', text('seventh in 2025'), ['rank']), [['rank', 'seventh']]);
  });
});

// Water: the MUWB's phrases include "league table" and "benchmark"; a regulator's own positions under such a caption.
describe('a table whose ranking is named near it only by a common noun of the ranking’s phrases', () => {
  const own = [[3, 9, 1], [7, 2, 5], [1, 4, 8], [10, 6, 2], [2, 1, 10], [5, 3, 4], [9, 10, 7], [4, 8, 6], [8, 7, 9], [6, 5, 3]];
  const utilities = ['SDWC', 'HRWC', 'CTWS', 'DNWS', 'PPMWA', 'BTWA', 'VCWE', 'SKWE', 'CMWA', 'UBWA'];
  const table = (caption: string) => `${caption}\n\n| Utility | 2023 | 2024 | 2025 |\n| --- | ---: | ---: | ---: |\n${utilities.map((u, i) => `| ${u} | ${own[i]!.join(' | ')} |`).join('\n')}\n`;
  it('gives notes, not findings ("League table positions, 2023–2025 (regulator’s assessment)")', () => {
    assert.deepEqual(seen('water', table("**Table 2. League table positions, 2023–2025 (regulator's assessment)**"), ['rank']), []);
  });
  it('is checked when a name of the ranking stands near it', () => {
    assert.equal(seen('water', table('**Table 2. MUWB positions, 2023–2025**'), ['rank']).length > 0, true);
  });
});
