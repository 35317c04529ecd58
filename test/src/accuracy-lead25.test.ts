// False readings of round 25's dev drafts, fixed by their structure and written here on made-up ferry operators rather
// than copied from the corpus: a figure compared "against" another operator's is no earlier value of its own; a year
// set aside by "except" dates no place of its sentence; a clause whose subject is "we" names others only as objects; a
// group named by its size and a noun for operators or places ("the two Norwegian carriers") is read like "institutes".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, places } from './helpers.js';

const ferries = createEngine({
  dataset: datasetOf({
    'ferries.json': {
      sources: [
        { id: 'fsi', title: 'Ferry Service Index, all editions', publisher: 'Made-up Ferry Board', year: 2025 },
        { id: 'reg', title: 'Fleet register', publisher: 'Made-up Ferry Board', year: 2025 },
      ],
      entities: [
        { id: 'nrl', name: 'Nordlys Ferry Lines', aliases: ['Nordlys', 'NRL'], kind: 'company', country: 'Norway' },
        { id: 'fjl', name: 'Fjordlink Ferries', aliases: ['Fjordlink', 'FJL'], kind: 'company', country: 'Norway' },
        { id: 'skl', name: 'Skagen Line', aliases: ['Skagen', 'SKL'], kind: 'company', country: 'Denmark' },
      ],
      metrics: [
        { id: 'electric', label: 'Electric share of the fleet', unit: 'percent', phrases: ['electric share'] },
        { id: 'fares', label: 'Fare revenue', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['fare revenue'] },
      ],
      observations: [
        { entity: 'nrl', metric: 'electric', year: 2019, value: 15.1, source: 'reg' },
        { entity: 'nrl', metric: 'electric', year: 2024, value: 41.5, source: 'reg' },
        { entity: 'fjl', metric: 'electric', year: 2024, value: 28.0, source: 'reg' },
        { entity: 'skl', metric: 'electric', year: 2024, value: 22.5, source: 'reg' },
        { entity: 'nrl', metric: 'fares', year: 2019, value: 110.0, source: 'reg' },
        { entity: 'fjl', metric: 'fares', year: 2019, value: 90.0, source: 'reg' },
        { entity: 'nrl', metric: 'fares', year: 2024, value: 120.4, source: 'reg' },
        { entity: 'fjl', metric: 'fares', year: 2024, value: 95.2, source: 'reg' },
        { entity: 'skl', metric: 'fares', year: 2024, value: 61.0, source: 'reg' },
      ],
      rankings: [
        {
          id: 'fsi',
          label: 'Ferry Service Index',
          phrases: ['Ferry Service Index', 'FSI'],
          editions: [
            { year: 2022, method: 'standard', source: 'fsi', ranks: places(['nrl', 'fjl', 'skl']) },
            { year: 2023, method: 'standard', source: 'fsi', ranks: places(['nrl', 'skl', 'fjl']) },
            { year: 2024, method: 'standard', source: 'fsi', ranks: places(['fjl', 'nrl', 'skl']) },
            { year: 2025, method: 'standard', source: 'fsi', ranks: places(['fjl', 'nrl', 'skl']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(ferries, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? '']);

describe('a figure compared "against" another subject’s figure', () => {
  it('is no earlier value of its own: a change "since 2019" is not measured from it', () => {
    const text = 'Nordlys reached an electric share of 41.5% in 2024, against 28.0% at Fjordlink and 22.5% at Skagen, up 26.4 points since 2019.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
    assert.deepEqual(seen(text.replace('26.4', '33.1'), ['percent-change']).map(([, , fix]) => fix).filter((fix) => fix === '13.5'), []);
  });

  it('is still an earlier value when a year follows it', () => {
    assert.deepEqual(seen('The electric share reached 41.5% in 2024, against 15.1% in 2019, a gain of 20.0 points.\n', ['percent-change']), [['percent-change', '20.0', '26.4']]);
  });
});

describe('a year set aside by "except"', () => {
  it('dates no place of the sentence, even in another clause', () => {
    assert.deepEqual(seen('In the Ferry Service Index, Skagen was third, last of the three, in every edition except 2023, when it placed second.\n', ['rank']), []);
  });

  it('leaves a place with a year of its own checked', () => {
    assert.deepEqual(seen('In the Ferry Service Index, Skagen was second in 2024.\n', ['rank']), [['rank', 'second', 'third']]);
  });
});

describe('a sentence whose subject is "we"', () => {
  it('names the operator it lost to as an object, not as the subject of the place', () => {
    assert.deepEqual(seen('We lost the top spot in the Ferry Service Index to Fjordlink Ferries (FJL) and now rank second.\n', ['rank']), []);
  });

  it('keeps a name that opens a clause of its own after "that"', () => {
    assert.deepEqual(seen('We note that in the 2024 Ferry Service Index Fjordlink ranked second.\n', ['rank']), [['rank', 'second', 'first']]);
  });
});

describe('a group named by its size with a noun for operators or places', () => {
  it('sums the dataset’s figures of every member of that country, as a suggestion', () => {
    assert.deepEqual(seen('The two Norwegian carriers together took EUR 195.6 million in fare revenue in 2024.\n', ['total']), [['total', 'EUR 195.6 million', 'EUR 215.6 million']]);
    assert.deepEqual(seen('The two Norwegian carriers together took EUR 215.6 million in fare revenue in 2024.\n', ['total']), []);
    assert.deepEqual(seen('Fare revenue at the two Norwegian partners reached EUR 195.6 million in 2024.\n', ['total']), [['total', 'EUR 195.6 million', 'EUR 215.6 million']]);
  });

  it('stays silent for a group of another size', () => {
    assert.deepEqual(seen('The three Norwegian carriers together took EUR 195.6 million in fare revenue in 2024.\n', ['total']), []);
  });
});

describe('a share that a part "covered"', () => {
  it('is the part over the whole of its sentence', () => {
    const text = 'In 2024 the grant of EUR 61.4 million covered 46.7% of the operator’s EUR 139.8 million operating cost.\n';
    assert.deepEqual(seen(text, ['share']).map(([rule, stated]) => [rule, stated]), [['share', '46.7%']]);
    assert.deepEqual(seen(text.replace('46.7%', '43.9%'), ['share']), []);
  });
});

describe('a share of a group in a sentence that names no year, in a paragraph that names two', () => {
  const paragraph = (share: string) =>
    `Fare revenue recovered between 2019 and 2024. Nordlys still leads the Norwegian market: its EUR 120.4 million was ${share} of the two Norwegian carriers’ fare revenue.\n`;
  it('is dated by the one year whose fact of the subject the stated part equals, as a suggestion', () => {
    assert.deepEqual(seen(paragraph('60.0%'), ['share']), [['share', '60.0%', '55.8%']]);
    assert.deepEqual(seen(paragraph('55.8%'), ['share']), []);
  });

  it('is not dated by a part that equals no fact of the paragraph’s years', () => {
    assert.deepEqual(seen(paragraph('60.0%').replace('120.4', '125.0'), ['share']), []);
  });
});
