// Readings narrowed in round 90's session: false findings of its dev drafts, each with a twin that keeps the reading it
// narrows. Datasets: eval/domains.
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
