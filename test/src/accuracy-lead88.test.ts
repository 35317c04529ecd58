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
