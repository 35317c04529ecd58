// A share of one category of a breakdown the dataset holds ("Government core funding made up 67.6% of Tembo's
// budget in 2024"): checked against the category's fact when the sentence names the category in full, one entity
// that holds it and one percent; changes, plans and sentences with several percents stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const mix = (entity: string, core: number, industry: number) => [
  { entity, metric: 'funding-mix', year: 2024, dimension: 'Government core funding', value: core, source: 'survey' },
  { entity, metric: 'funding-mix', year: 2024, dimension: 'Industry contracts', value: industry, source: 'survey' },
  { entity, metric: 'funding-mix', year: 2024, dimension: 'Other income', value: 100 - core - industry, source: 'survey' },
];
const engine = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'budget', label: 'Total budget', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['budget', 'income'] },
      { id: 'funding-mix', label: 'Budget by funding source', unit: 'percent', phrases: ['funding mix'], breakdown: 'exclusive' },
    ],
    observations: [...mix('tembo', 67.6, 20.1), ...mix('nyota', 40.0, 31.8)],
  }),
});
const findings = (text: string) => seenFindings(engine, text, new Set(['dataset-value']));

describe('dataset-value: a share of one category of a breakdown', () => {
  it('is checked against the category’s fact', () => {
    assert.deepEqual(findings('In 2024, government core funding made up 76.6% of Tembo’s budget.\n'), [{ rule: 'dataset-value', stated: '76.6%', suggestion: '67.6%' }]);
    assert.deepEqual(findings('Industry contracts were 34.8% of Nyota’s income in 2024.\n'), [{ rule: 'dataset-value', stated: '34.8%', suggestion: '31.8%' }]);
    // No year stated: the one fact is compared, as a suggestion.
    assert.deepEqual(findings('Government core funding made up 76.6% of Tembo’s budget.\n'), [{ rule: 'dataset-value', stated: '76.6%', suggestion: '67.6%' }]);
    assert.deepEqual(findings('In 2024, government core funding made up 67.6% of Tembo’s budget.\n'), []);
  });

  it('stays silent on changes, plans, several percents or several entities', () => {
    assert.deepEqual(findings('In 2024 government core funding went up 6.6% at Tembo.\n'), []);
    assert.deepEqual(findings('By 2027, government core funding should make up 76.6% of Tembo’s budget.\n'), []);
    assert.deepEqual(findings('In 2024 industry contracts made up 25.0% of Tembo’s budget and 31.8% of Nyota’s.\n'), []);
    assert.deepEqual(findings('In 2024 government core funding made up 50.0% of the budgets of Tembo and Nyota.\n'), []);
  });
});
