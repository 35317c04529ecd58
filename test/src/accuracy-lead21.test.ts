// False readings of round 21's dev drafts, fixed by their structure and written here on made-up harbours rather than
// copied from the corpus: an earlier statement quoted to be corrected ("We gave … as 4,811. The correct total is
// 4,181."); a threshold passed ("passed 1,000 papers for the first time") read as the value; the base year of a
// comparison ("more than twice the 2016 level") dating the figure; the part of a share ("226 ship days were 25.9% of all
// … over 2023–2025") read as the period's total; a multiple ("13.5 times as many") taken for the level compared after
// it; a multiple given to a statement of the clause before across figures of another statement; and a place held before
// ("after years as runner-up") read as the sentence's edition.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const places = (order: string[]) => order.map((entity, i) => ({ entity, rank: i + 1 }));
const yearly = (entity: string, metric: string, values: Record<number, number>) =>
  Object.entries(values).map(([year, value]) => ({ entity, metric, year: Number(year), value, source: 'ret' }));
const harbours = createEngine({
  dataset: datasetOf({
    'harbours.json': {
      sources: [
        { id: 'hsi', title: 'Harbour Safety Index, all editions', publisher: 'Made-up Harbour Board', year: 2025 },
        { id: 'ret', title: 'Harbour returns', publisher: 'Made-up Harbour Board', year: 2025 },
      ],
      entities: [
        { id: 'lkp', name: 'Lakeport Harbour Institute', aliases: ['Lakeport', 'LKP'], kind: 'research-institute', country: 'Norway' },
        { id: 'brv', name: 'Brevik Harbour Institute', aliases: ['Brevik', 'BRV'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [
        { id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers', 'peer-reviewed papers'] },
        { id: 'days', label: 'Ship days at sea', unit: 'count', phrases: ['days at sea', 'ship days'] },
        { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['grant income'] },
      ],
      observations: [
        ...yearly('lkp', 'papers', { 2015: 400, 2023: 1057, 2024: 1104 }),
        ...yearly('brv', 'papers', { 2015: 287, 2023: 980, 2024: 1034 }),
        ...yearly('lkp', 'days', { 2023: 289, 2024: 283, 2025: 302 }),
        ...yearly('lkp', 'grants', { 2016: 12.2, 2025: 26.5 }),
      ],
      rankings: [
        {
          id: 'hsi',
          label: 'Harbour Safety Index',
          phrases: ['Harbour Safety Index', 'HSI'],
          editions: [
            { year: 2023, method: 'standard', source: 'hsi', ranks: places(['brv', 'lkp']) },
            { year: 2024, method: 'standard', source: 'hsi', ranks: places(['brv', 'lkp']) },
            { year: 2025, method: 'standard', source: 'hsi', ranks: places(['lkp', 'brv']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(harbours, text, new Set(rules)).map((f) => [f.rule, f.stated]);

describe('an earlier statement quoted to be corrected', () => {
  it('is not checked when the next sentence opens with the correction', () => {
    const text = 'In the spring issue we gave Brevik’s papers in 2024 as 1,304. The correct figure is 1,034.\n';
    assert.deepEqual(seen(text, ['dataset-value']), []);
  });

  it('is checked when no correction follows', () => {
    const text = 'In the spring issue we gave Brevik’s papers in 2024 as 1,304. The figure comes from the harbour returns.\n';
    assert.deepEqual(seen(text, ['dataset-value']), [['dataset-value', '1,304']]);
  });
});

describe('a threshold passed is not the value', () => {
  it('leaves "passed 1,000 papers" alone', () => {
    assert.deepEqual(seen('In 2023 Lakeport passed 1,000 papers for the first time.\n', ['dataset-value']), []);
  });

  it('still checks the value itself', () => {
    assert.deepEqual(seen('In 2023 Lakeport published 1,000 papers.\n', ['dataset-value']), [['dataset-value', '1,000']]);
  });
});

describe('the base year of a comparison does not date the figure', () => {
  it('reads "more than twice the 2016 level" as no year of the figure', () => {
    const text = (value: string) => `### 2025\n\nLakeport’s grant income of EUR ${value} million was more than twice the 2016 level.\n`;
    assert.deepEqual(seen(text('26.5'), ['dataset-value']), []);
    assert.deepEqual(seen(text('28.5'), ['dataset-value']), [['dataset-value', 'EUR 28.5 million']]);
  });
});

describe('the part of a share over a period is not the period’s total', () => {
  it('leaves the part alone', () => {
    const text = 'The project’s 226 ship days were 25.9% of all Lakeport days at sea over 2023–2025.\n';
    assert.deepEqual(seen(text, ['total']), []);
  });

  it('still checks a total over the period', () => {
    assert.deepEqual(seen('Lakeport logged 864 days at sea over 2023–2025.\n', ['total']), [['total', '864']]);
  });
});

describe('a multiple is no level to compare', () => {
  it('does not compare "13.5 times" with the figure after it', () => {
    const text = 'Brevik logged 27 dives in 2025 against 2 in 2016, 13.5 times as many, and 17.4% more than the 23 of 2024.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('compares the level when it stands right before', () => {
    const text = 'Brevik logged 27 dives in 2025, 27.4% more than the 23 of 2024.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', '27.4%']]);
  });
});

describe('a multiple after the figures of another change', () => {
  it('is not given to the change of the clause before', () => {
    const text = 'Losses fell from 34.8 per cent in 2016 to 27.2 per cent in 2025, helped by a plant whose construction lifted spending from USD 15.3 million in 2016 to a peak of USD 47.9 million in 2023, more than three times as much.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('is still judged right after its own change', () => {
    const text = 'Spending rose from USD 15.3 million in 2016 to USD 47.9 million in 2023, more than four times as much.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', 'more than four times']]);
  });
});

describe('a place held before the sentence’s edition', () => {
  it('is not read as the edition’s place', () => {
    const text = 'In the Harbour Safety Index, Lakeport finished first in 2025 after years as runner-up.\n';
    assert.deepEqual(seen(text, ['rank']), []);
  });

  it('the place of the edition itself is checked', () => {
    const text = 'In the Harbour Safety Index, Lakeport finished second in 2025 after years as runner-up.\n';
    assert.deepEqual(seen(text, ['rank']), [['rank', 'second']]);
  });
});
