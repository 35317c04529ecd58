// Readings of round 27's dev drafts, written on made-up observatories rather than copied from the corpus:
// - a table's change column that names another column's measure ("Energy use, change since 2015 (%)") is not the
//   change of the year columns beside it;
// - "down 40% to 120, but by 2025 it stood 12% above its 2019 level of 200": the comparison after a contrast that moves
//   to another year is of a figure of that year, not of the figure before the contrast;
// - "ranked fourth in the 2025 index, down from third": the place compared with is of an earlier edition.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { datasetOf, places, seenFindings, table } from './helpers.js';

const bare = createEngine({ dataset: loadDataset([]).dataset });
const changes = (text: string) => seenFindings(bare, text, new Set(['percent-change'])).map((f) => f.stated);

describe('a table change column that names another measure', () => {
  const header = 'Observatory | Clear nights 2015 (%) | Clear nights 2024 (%) | Change (pts) | Power use 2024 (MWh) | Power use, change since 2015 (%)';
  it('is not read as the change of the year columns', () => {
    assert.deepEqual(changes(table(header, 'Kalden | 60.0 | 75.0 | +15.0 | 45.1 | +22.9', 'Rimo | 50.0 | 55.0 | +5.0 | 12.2 | +31.2')), []);
  });

  it('still checks the points column, and a change column that names the endpoints\' own measure', () => {
    assert.deepEqual(changes(table(header, 'Kalden | 60.0 | 75.0 | +25.0 | 45.1 | +22.9')), ['+25.0']);
    const own = 'Observatory | Clear nights 2015 (%) | Clear nights 2024 (%) | Clear nights, change (%) | Power use 2024 (MWh)';
    assert.deepEqual(changes(table(own, 'Kalden | 60.0 | 75.0 | +40.0 | 45.1')), ['+40.0']);
  });
});

describe('a comparison after a contrast that moves to another year', () => {
  it('is not read against the figure before the contrast', () => {
    assert.deepEqual(changes('Kalden lost most, down 40.0% to 120 nights, but by 2025 it stood 12.0% above its 2019 level of 200 nights.\n'), []);
  });

  it('is still read when no other year follows the contrast', () => {
    assert.deepEqual(changes('Kalden logged 120 nights, but that is 12.0% above the 2019 level of 200 nights.\n'), ['12.0%']);
  });
});

describe('a place compared with, in a clause of its own', () => {
  const engine = createEngine({
    dataset: datasetOf({
      'observatories.json': {
        sources: [{ id: 'osi', title: 'Observatory Science Index: Results', publisher: 'Made-up Astronomy Board', year: 2025 }],
        entities: [
          { id: 'kal', name: 'Kalden Observatory', aliases: ['Kalden'], kind: 'research-institute' },
          { id: 'rim', name: 'Rimo Observatory', aliases: ['Rimo'], kind: 'research-institute' },
          { id: 'tso', name: 'Tsomo Observatory', aliases: ['Tsomo'], kind: 'research-institute' },
          { id: 'yal', name: 'Yala Observatory', aliases: ['Yala'], kind: 'research-institute' },
        ],
        metrics: [{ id: 'nights', label: 'Clear nights', unit: 'count', phrases: ['clear nights'] }],
        observations: [],
        rankings: [
          {
            id: 'osi',
            label: 'Observatory Science Index',
            phrases: ['Observatory Science Index', 'OSI'],
            editions: [
              { year: 2024, method: 'standard', source: 'osi', ranks: places(['rim', 'tso', 'kal', 'yal']) },
              { year: 2025, method: 'standard', source: 'osi', ranks: places(['rim', 'tso', 'yal', 'kal']) },
            ],
          },
        ],
      },
    }),
  });
  const ranks = (text: string) => seenFindings(engine, text, new Set(['rank'])).map((f) => f.stated);

  it('is not dated by the year of the place stated', () => {
    assert.deepEqual(ranks('Kalden ranked fourth in the 2025 OSI, down from third.\n'), []);
    assert.deepEqual(ranks('In the 2025 Observatory Science Index Kalden came fourth, up from fifth.\n'), []);
  });

  it('leaves the place stated checked', () => {
    assert.deepEqual(ranks('Kalden ranked second in the 2025 OSI, down from third.\n'), ['second']);
  });
});
