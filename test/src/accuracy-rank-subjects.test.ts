// Who a rank speaks of when its sentence names no one (acc-rank9): "the institute" after a table reads the table whole,
// one step back; a table of one institute gives it, a table of several leaves the reference unclear. On made-up
// glacier institutes and a made-up Cryosphere Research Index. And which ranking: two dated places in one sentence
// ("second in 2021, third since 2022") are the one ranking's the document named before.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, datasetOf } from './helpers.js';
import { places } from './made-up-datasets.js';

const editions = (orders: Record<number, string[]>) => Object.entries(orders).map(([year, order]) => ({ year: Number(year), method: 'standard', source: 'cri', ranks: places(order) }));
const dataset = datasetOf({
  'glaciers.json': {
    sources: [{ id: 'cri', title: 'Cryosphere Research Index, all editions', publisher: 'Made-up Ice Council', year: 2025 }],
    entities: [
      { id: 'ngi', name: 'Nordfonna Glacier Institute', aliases: ['NGI'], kind: 'research-institute' },
      { id: 'sii', name: 'Skarven Ice Institute', aliases: ['SII'], kind: 'research-institute' },
      { id: 'tps', name: 'Tindur Polar Station', aliases: ['TPS'], kind: 'organisation' },
    ],
    metrics: [{ id: 'cores', label: 'Ice cores drilled', unit: 'count', phrases: ['ice cores'] }],
    observations: (
      [
        ['ngi', 41],
        ['sii', 29],
      ] as const
    ).map(([entity, value]) => ({ entity, metric: 'cores', year: 2024, value, source: 'cri' })),
    // NGI 1, 2, 2, 1; SII 3, 1, 1, 2; TPS 2, 3, 3, 3 in the 2021–2024 editions.
    rankings: [{ id: 'cri', label: 'Cryosphere Research Index', phrases: ['Cryosphere Research Index', 'CRI'], editions: editions({ 2021: ['ngi', 'tps', 'sii'], 2022: ['sii', 'ngi', 'tps'], 2023: ['sii', 'ngi', 'tps'], 2024: ['ngi', 'sii', 'tps'] }) }],
  },
});
const engine = createEngine({ dataset });
const findings = (text: string) => seenFindings(engine, text, new Set(['rank', 'rank-years', 'dataset-value'])).map((f) => [f.rule, f.stated]);

const oneRow = '## Standing in the Cryosphere Research Index\n\n| CRI edition | 2023 | 2024 |\n| --- | ---: | ---: |\n| NGI rank | 2 | 1 |\n\n';
const twoRows = '## Standing in the Cryosphere Research Index\n\n| CRI edition | 2023 | 2024 |\n| --- | ---: | ---: |\n| NGI rank | 2 | 1 |\n| SII rank | 1 | 2 |\n\n';

describe('rank: "the institute" after a table', () => {
  it('speaks of the one institute the table names', () => {
    assert.deepEqual(findings(`${oneRow}The institute was second in the 2023 edition and first in 2024.\n`), []);
    assert.deepEqual(findings(`${oneRow}The institute was third in the 2023 edition.\n`), [['rank', 'third']]);
  });

  it('is unclear after a table of several institutes, right or wrong', () => {
    for (const rank of ['first', 'second', 'third']) assert.deepEqual(findings(`${twoRows}The institute was ${rank} in the 2023 edition.\n`), [], rank);
    assert.deepEqual(findings('| Institute | Ice cores 2024 |\n| --- | ---: |\n| NGI | 41 |\n| SII | 29 |\n\nIn 2024 the institute drilled 35 ice cores.\n'), []);
  });

  it('is not a station named in the table', () => {
    const station = '## Standing in the Cryosphere Research Index\n\n| CRI edition | 2023 | 2024 |\n| --- | ---: | ---: |\n| TPS rank | 3 | 3 |\n\n';
    for (const rank of ['first', 'third']) assert.deepEqual(findings(`${station}The institute was ${rank} in the 2023 edition.\n`), [], rank);
  });
});

describe('rank: dated places in sequence, the one ranking named earlier in the document', () => {
  const named = 'The Cryosphere Research Index is published each winter.\n\n## Stations\n\n';
  it('reads two dated places in one sentence as that ranking’s', () => {
    assert.deepEqual(findings(`${named}TPS, second in 2021, has been third since 2022.\n`), []);
    assert.deepEqual(findings(`${named}TPS, second in 2021, has been third since 2021.\n`), [['rank-years', 'since 2021']]);
    assert.deepEqual(findings(`${named}TPS, first in 2021, has been third since 2022.\n`), [['rank', 'first']]);
    assert.deepEqual(findings(`${named}The Skarven Ice Institute was third in 2021 and first in 2022.\n`), []);
  });

  it('stays silent on one dated place with no word of ranking, places on another measure, or firsts of another kind', () => {
    for (const text of [
      'NGI was second in 2022 by ice cores drilled.',
      'TPS was fourth in 2023 at the polar film awards.',
      'SII was second in 2022 and third in 2023 by ice cores drilled.',
      'NGI was the second in 2021 to drill below 2,000 metres, and the third in 2022 to date a core by argon.',
    ])
      assert.deepEqual(findings(`${named}${text}\n`), [], text);
  });
});
