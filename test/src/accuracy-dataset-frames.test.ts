// The frame of a dataset value read across its clause: a time the clause states as the figure's own ("in 2025", "19
// in 2025") rules out facts of other times even when the subject is lent from outside the clause (the minutes' own
// organisation, "Its" after a paragraph that named it); and a clause that leaves its measure out ("MIL's was EUR 3.9
// million", "MIL was at 55.0%") takes the measure, and the time, of the sentence before, as a suggestion.
// On made-up glacier observatories.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const yearly = (entity: string, metric: string, values: Record<number, number>) => Object.entries(values).map(([year, value]) => ({ entity, metric, year: Number(year), value, source: 'gor' }));
const engine = createEngine({
  dataset: datasetOf({
    'glaciers.json': {
      sources: [{ id: 'gor', title: 'Glacier Observatories Register', publisher: 'Made-up Alpine Science Board', year: 2026 }],
      entities: [
        { id: 'tgo', name: 'Tarn Glacier Observatory', aliases: ['TGO'], kind: 'research-institute' },
        { id: 'mil', name: 'Moraine Ice Laboratory', aliases: ['MIL'], kind: 'research-institute' },
        { id: 'kgb', name: 'Kaltbach Gletscherbahn AG', aliases: ['KGB'], kind: 'company' },
      ],
      metrics: [
        { id: 'budget', label: 'Total budget', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['total budget', 'budget', 'budgets'] },
        { id: 'core-share', label: 'Core funding share', unit: 'percent', phrases: ['core funding share', 'share of core funding'] },
        { id: 'ice-cores', label: 'Ice cores drilled', unit: 'count', phrases: ['ice cores drilled', 'ice cores'] },
        { id: 'stations', label: 'Weather stations in operation (at 31 December)', unit: 'count', phrases: ['weather stations'] },
      ],
      observations: [
        ...yearly('tgo', 'budget', { 2019: 3.8, 2023: 4.0, 2024: 4.1, 2025: 4.2 }),
        ...yearly('mil', 'budget', { 2019: 4.5, 2023: 3.1, 2024: 3.6, 2025: 3.7 }),
        ...yearly('tgo', 'core-share', { 2024: 61.0 }),
        ...yearly('mil', 'core-share', { 2024: 50.0 }),
        ...yearly('tgo', 'ice-cores', { 2016: 12, 2025: 21 }),
        ...yearly('mil', 'ice-cores', { 2016: 19, 2025: 15 }),
        ...yearly('tgo', 'stations', { 2024: 6, 2025: 9 }),
        ...yearly('kgb', 'budget', { 2024: 2.2, 2025: 2.4 }),
      ],
    },
  }),
});
const seen = (text: string) => seenFindings(engine, text, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);
const MINUTES = '# Steering board: minutes of the 3rd meeting\n\n**Tarn Glacier Observatory (TGO), Innsbruck.**\n\n## Finance\n\n';

describe('a time the clause states as the figure’s own', () => {
  it('rules out another entity’s figure of another year when the subject is the document’s own organisation', () => {
    assert.deepEqual(seen(`${MINUTES}The total budget reached EUR 4.5 million in 2025, as planned.\n`), [['EUR 4.5 million', null, 'EUR 4.2 million']]);
    assert.deepEqual(seen(`${MINUTES}The total budget reached EUR 4.2 million in 2025, as planned.\n`), []);
  });

  it('reports the figure of another year of the subject named by "Its" after the paragraph before, as a suggestion', () => {
    const text = (value: string) => `# Two observatories\n\nThe Moraine Ice Laboratory grew fast after 2019.\n\nIts budget peaked in 2024 at EUR ${value} million, before a cut.\n`;
    assert.deepEqual(seen(text('3.1')), [['EUR 3.1 million', null, 'EUR 3.6 million']]);
    assert.deepEqual(seen(text('3.6')), []);
  });

  it('reads a year right after each endpoint of a from-to as that endpoint’s own', () => {
    assert.deepEqual(seen(`${MINUTES}Ice cores drilled went from 12 in 2016 to 19 in 2025.\n`), [['19', null, '21']]);
    assert.deepEqual(seen(`${MINUTES}Ice cores drilled went from 12 in 2016 to 21 in 2025.\n`), []);
  });

  it('reads no level of a stock from its noun and a verb of entry after the figure', () => {
    assert.deepEqual(seen(`${MINUTES}Our two weather stations commissioned in 2025 count from 2026 on.\n`), []);
    assert.deepEqual(seen(`${MINUTES}It ran 7 weather stations in 2025.\n`), [['7', null, '9']]);
  });
});

describe('a clause that leaves its measure out', () => {
  it('takes the measure and the year of the sentence before, as a suggestion', () => {
    assert.deepEqual(seen('# Budgets\n\nIn 2024 the two observatories’ budgets came to EUR 7.7 million in all. MIL’s was EUR 3.9 million, the rest TGO’s.\n'), [['EUR 3.9 million', null, 'EUR 3.6 million']]);
    assert.deepEqual(seen('# Shares\n\nTGO’s core funding share was 61.0% in 2024. MIL was at 55.0%, well below.\n'), [['55.0%', null, '50.0%']]);
  });

  it('is silent on the right figure, and where the sentence before gives no one time or no one measure', () => {
    for (const text of [
      '# Budgets\n\nIn 2024 the two observatories’ budgets came to EUR 7.7 million in all. MIL’s was EUR 3.6 million, the rest TGO’s.\n',
      '# Budgets\n\nBudgets were cut in 2019 and again in 2023. MIL’s was EUR 3.9 million.\n',
      '# Budgets\n\nThe report came out in 2024. MIL’s was EUR 3.9 million.\n',
    ]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
});

describe('a company named without its legal form', () => {
  it('is the company of the name with it', () => {
    assert.deepEqual(seen('# Operators\n\nKaltbach Gletscherbahn had a total budget of EUR 2.9 million in 2025.\n'), [['EUR 2.9 million', 'EUR 2.4 million', null]]);
    assert.deepEqual(seen('# Operators\n\nKaltbach Gletscherbahn had a total budget of EUR 2.4 million in 2025.\n'), []);
  });
});
