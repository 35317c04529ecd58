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
    `The regulator's league table ranks the ten utilities on non-revenue water in 2025, lowest first.\n\n| Rank | Utility | NRW 2025 (%) |\n| ---: | --- | ---: |\n${rows.map(([u, v], i) => `| ${order(i)} | ${u} | ${v} |`).join('\n')}\n`;
  it('is the table’s own league on that measure, not the dataset ranking, even under "league table"', () => {
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
