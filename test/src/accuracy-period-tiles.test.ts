// A flow over a period that the dataset holds as shorter consecutive periods (issue #8): summed from those periods.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf } from './helpers.js';

const files = {
  'orchards.json': {
    sources: [{ id: 'orchard-census', title: 'Orchard Research Census', publisher: 'Made-up Growers Council', year: 2025 }],
    entities: [{ id: 'nhs', name: 'Northfield Horticulture Station', aliases: ['NHS'], kind: 'organisation' }],
    metrics: [{ id: 'field-trials', label: 'Field trials run', unit: 'count', phrases: ['field trials'] }],
    observations: [
      { entity: 'nhs', metric: 'field-trials', period: '2010–2014', value: 412, source: 'orchard-census' },
      { entity: 'nhs', metric: 'field-trials', period: '2015–2019', value: 538, source: 'orchard-census' },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset });

/** Findings of rule total as `stated → suggested`, with its message. */
function totals(text: string): string[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'total')
    .map((d) => `${text.slice(d.range.start, d.range.end)} → ${d.suggestions?.[0]?.edits[0]?.newText ?? d.fix?.edits[0]?.newText}: ${d.message}`);
}

describe('total: a period the dataset holds in consecutive parts', () => {
  it('is checked against the sum of those parts, as a suggestion', () => {
    assert.deepEqual(totals('Northfield Horticulture Station ran 590 field trials between 2010 and 2019.\n'), [
      "590 → 950: Total for 2010–2019 stated as 590, but the dataset's values for 2010–2014, 2015–2019 add up to 950.",
    ]);
    assert.deepEqual(totals('NHS ran 950 field trials in 2010–2019.\n'), []);
  });

  it('is not read when the parts do not cover the period exactly', () => {
    assert.deepEqual(totals('NHS ran 590 field trials between 2010 and 2020.\n'), []);
    assert.deepEqual(totals('NHS ran 590 field trials between 2012 and 2019.\n'), []);
  });

  it('is not read as a total when the sentence states an average', () => {
    assert.deepEqual(totals('NHS ran an average of 95 field trials a year between 2010 and 2019.\n'), []);
  });
});
