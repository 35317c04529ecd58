// A compound rate whose sentence states both endpoints but not their years ("from 140 to 310 hives, a compound 9.2% a
// year"): the years are those of the dataset facts the endpoints equal, when each value is held by one year only. The
// years are lent from the dataset, so a wrong rate gets a suggestion, never a certain fix. On made-up apiaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const SOURCES = [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }];
const STATIONS = [{ id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' }];
const hives = (values: Array<[number, number]>) => values.map(([year, value]) => ({ entity: 'hars', metric: 'hives', year, value, source: 'pbr' }));
const engineOf = (observations: ReturnType<typeof hives>) =>
  createEngine({
    dataset: datasetOf({
      'apiaries.json': {
        sources: SOURCES,
        entities: STATIONS,
        metrics: [{ id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] }],
        observations,
      },
    }),
  });
// 140 hives in 2016, 310 in 2025: nine years, 9.2% a year.
const engine = engineOf(hives([[2016, 140], [2020, 205], [2025, 310]]));
const seen = (text: string, e = engine) => seenFindings(e, text, new Set(['cagr'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a rate whose endpoints name their years only in the dataset', () => {
  it('reports a wrong rate over the facts’ years, with a suggestion and no fix', () => {
    assert.deepEqual(seen('HARS kept more bees every season: its managed hives rose from 140 hives to 310 hives, a compound 11.4% a year.\n'), [['11.4%', null, '9.2%']]);
    assert.deepEqual(seen('- HARS managed hives: 140 → 310, a compound annual growth rate of 8.0%.\n'), [['8.0%', null, '9.2%']]);
    assert.deepEqual(seen('HARS: managed hives 140 → 310 (+121.4%), or 11.4% a year compounded.\n'), [['11.4%', null, '9.2%']]);
  });

  it('is silent on a right rate, on a rate of another period, and when a value names no single year', () => {
    for (const text of [
      'HARS kept more bees every season: its managed hives rose from 140 hives to 310 hives, a compound 9.2% a year.\n',
      'HARS managed hives: 140 → 310, 7.1% a year since 2019.\n',
      'HARS managed hives: 140 → 310, or 9.5% a year over the last eight years.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
    const twice = engineOf(hives([[2016, 140], [2018, 140], [2025, 310]]));
    assert.deepEqual(seen('HARS managed hives: 140 → 310, a compound 11.4% a year.\n', twice), []);
  });
});
