// Readings narrowed in the session of rounds 90 and 91: false findings and a miss of their dev drafts, each with a twin
// that keeps the reading it narrows. Datasets: eval/domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn as seen } from './helpers.js';

// Cinemas: a made-up split of one cinema's revenue; tickets and events 69.3 + 13.7 = 83.0.
describe('a split whose labels follow its shares ("69.3% tickets, 11.2% concessions, …")', () => {
  const text = (combined: string) => `It split 69.3% tickets, 11.2% concessions, 1.4% advertising, 13.7% events and 4.4% other. Tickets and events together came to ${combined} of the total.\n`;
  it('gives each share the label after it', () => {
    assert.deepEqual(seen('cinemas', text('83.0%'), ['total']), []);
    assert.deepEqual(seen('cinemas', text('85.0%'), ['total']), [['total', '85.0%']]);
  });
  it('while labels before their shares still name them ("tickets 69.3%, …")', () => {
    const before = 'It split tickets 69.3%, concessions 11.2%, events 13.7% and other 4.4%. Tickets and events together came to 85.0% of the total.\n';
    assert.deepEqual(seen('cinemas', before, ['total']), [['total', '85.0%']]);
  });
});

// Made-up scores (no dataset figures), so that only the statement reads them: 85.7 in 2022 → 89.4 is +3.7 points.
describe('a difference counted "on" a year that is not the statement’s first', () => {
  const text = (points: string, base: string) => `Its score has since climbed from 85.7 in 2022 to 89.4, up ${points} points on ${base} alone.\n`;
  it('is not the statement’s difference', () => {
    assert.deepEqual(seen('datacentres', text('1.2', '2023'), ['percent-change']), []);
  });
  it('while one counted on the statement’s own first year is', () => {
    assert.deepEqual(seen('datacentres', text('1.2', '2022'), ['percent-change']), [['percent-change', '1.2']]);
  });
});

// Animal shelters: San Vitale ranked sixth in the 2024 SWSI (seventh in 2023, the flood year).
describe('a place told with a time of its own in words ("seventh in the flood year")', () => {
  const lead = 'In the Shelter Welfare Standards Index, Hvidmose was first in 2022. ';
  it('is not dated by the year of the clause after it', () => {
    assert.deepEqual(seen('animalshelters', `${lead}San Vitale dropped to seventh in the flood year and recovered to sixth in 2024.\n`, ['rank']), []);
  });
  it('while a place with a year of its own still is read ("seventh in the 2024 edition")', () => {
    assert.deepEqual(seen('animalshelters', `${lead}San Vitale was seventh in the 2024 edition.\n`, ['rank']), [['rank', 'seventh']]);
  });
});

// Wind farms: Grayling Bank (Caledonia Offshore Power) ranked first in the 2024 ORI.
describe('"the runner-up" as the other party of a comparison', () => {
  const lead = 'In the Offshore Reliability Index (ORI), Grayling Bank took first place in 2024. ';
  it('is no place of the subject ("2.4 points clear of the runner-up")', () => {
    assert.deepEqual(seen('windfarms', `${lead}Its composite score of 90.9 in the 2024 edition was 2.4 points clear of the runner-up.\n`, ['rank']), []);
  });
  it('while "was runner-up" and "climbed to runner-up" still claim the place', () => {
    assert.deepEqual(seen('windfarms', `${lead}Grayling Bank was runner-up in the 2024 edition.\n`, ['rank']), [['rank', 'runner-up']]);
    assert.deepEqual(seen('windfarms', `${lead}Grayling Bank climbed to runner-up in 2024.\n`, ['rank']), [['rank', 'runner-up']]);
  });
});

// Round 91's dev drafts.

// Made-up counts (no dataset figures): 20 → 18 is −10%.
describe('a hyphenated "start-up" or "top-down" before a change', () => {
  const text = (change: string) => `Kastrinos's start-up intake fell from 20 to 18, down ${change}.\n`;
  it('says no rise', () => {
    assert.deepEqual(seen('techparks', text('10%'), ['percent-change']), []);
  });
  it('while a wrong change is still found', () => {
    assert.deepEqual(seen('techparks', text('15%'), ['percent-change']), [['percent-change', '15%']]);
  });
});

// Heritage rail: made-up lengths, 11.8 km → 14.3 km is +21.2%.
describe('"is down to" (owed to) before a change', () => {
  const text = (change: string) => `Much of that is down to the extension, which lengthened the line by ${change}, from 11.8 km to 14.3 km.\n`;
  it('says no fall', () => {
    assert.deepEqual(seen('heritagerail', text('21.2%'), ['percent-change']), []);
  });
  it('while a wrong change is still found', () => {
    assert.deepEqual(seen('heritagerail', text('31.2%'), ['percent-change']), [['percent-change', '31.2%']]);
  });
});

// Planetariums: Noordheide gave 1,603 shows in its main dome in 2024.
describe('a figure after a verb of what did not happen ("cancelled 41 shows")', () => {
  it('is no value of the measure of what happened', () => {
    assert.deepEqual(seen('planetariums', 'The projector at Noordheide is failing; in 2024 we cancelled 41 shows for technical faults.\n', ['dataset-value']), []);
  });
  it('while "gave 41 shows" is', () => {
    assert.deepEqual(seen('planetariums', 'In 2024 Noordheide gave 41 shows in the main dome.\n', ['dataset-value']), [['dataset-value', '41']]);
  });
});

// Forests: the eight districts' wildfires, 56 in 2021 and 106 in 2022.
describe('a group total beside "nearly double the 56 of 2021"', () => {
  it('is not dated by the year of the figure it is compared with', () => {
    assert.deepEqual(seen('forests', 'The summer of 2022 was the driest of the decade. The eight districts recorded 106 wildfires that year, nearly double the 56 of 2021.\n', ['total']), []);
  });
  it('while its own year still dates it', () => {
    assert.deepEqual(seen('forests', 'The eight districts recorded 116 wildfires in 2022, nearly double the 56 of 2021.\n', ['total']), [['total', '116']]);
  });
});

// Recycling: Loughfane was fourth in the 2023 and 2024 CCS editions, sixth in 2022, seventh in 2021.
describe('a run counted "for the second year running" beside the year the ranking "began in"', () => {
  it('does not end in that year', () => {
    assert.deepEqual(seen('recycling', '- Loughfane held **fourth place** in the Circular Cities Scorecard for the second year running, our best position since the Scorecard began in 2017.\n', ['rank-years']), []);
  });
  it('while the year of the edition named still ends it', () => {
    assert.deepEqual(seen('recycling', '- Loughfane held fourth place in the 2022 Circular Cities Scorecard for the second year running.\n', ['rank-years']), [['rank-years', 'for the second year running']]);
  });
});

// Made-up capacity factors: 35.5% → 41.3% is +5.8 points.
describe('a change whose first value is dated "in the low-wind year of 2021"', () => {
  const text = (points: string) => `Its capacity factor recovered from 35.5% in the low-wind year of 2021 to 41.3% in 2024, a gain of ${points} points.\n`;
  it('is read as a change from that value', () => {
    assert.deepEqual(seen('windfarms', text('16.3'), ['percent-change']), [['percent-change', '16.3']]);
    assert.deepEqual(seen('windfarms', text('5.8'), ['percent-change']), []);
  });
});
