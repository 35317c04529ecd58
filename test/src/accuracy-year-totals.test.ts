// Shares of a year's total stated earlier in the section (issue #8): "120 articles, 18.2% of the 2024 total".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });

/** Share findings as `stated → suggested` (or `→ fix` for a certain fix). */
function shares(text: string): string[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'share')
    .map((d) => `${text.slice(d.range.start, d.range.end)}${d.fix ? ` fix ${d.fix.edits[0]!.newText}` : ''}${d.suggestions?.length ? ` suggest ${d.suggestions[0]!.edits[0]!.newText}` : ''}`);
}

const SPLIT = ['## Output by port', '', 'In 2022 the 950 articles split like this:', '', '- Harbour A: 60.0%', '- Harbour B: 40.0%', ''];

describe('a share of "the YYYY total" stated earlier in the section', () => {
  it('is checked against that total, as a suggestion only', () => {
    const text = [...SPLIT, 'The second port’s 120 articles, by contrast, came to just 18.2% of the 2022 total.', ''].join('\n');
    assert.deepEqual(shares(text), ['18.2% suggest 12.6%']);
  });

  it('is verified when it holds at its stated precision', () => {
    const text = [...SPLIT, 'The second port’s 120 articles amount to 12.6% of the 2022 total.', ''].join('\n');
    assert.deepEqual(shares(text), []);
  });

  it('is not read when the earlier figure of that year is not said to be a total', () => {
    const text = ['## Output by port', '', 'In 2022 Harbour A published 950 articles.', '', 'Harbour B’s 120 articles were 18.2% of the 2022 total.', ''].join('\n');
    assert.deepEqual(shares(text), []);
  });

  it('is not read when two totals of that year disagree', () => {
    const text = ['## Output', '', 'In 2022 the 950 articles split evenly.', '', 'The combined count was 1,020 in 2022.', '', 'Harbour B’s 120 articles were 18.2% of the 2022 total.', ''].join('\n');
    assert.deepEqual(shares(text), []);
  });

  it('is not read when the total or the part is given roughly', () => {
    const roughWhole = ['## Output', '', 'In 2022 about 950 articles appeared in total.', '', 'Harbour B’s 120 articles were 18.2% of the 2022 total.', ''].join('\n');
    const roughPart = [...SPLIT, 'Harbour B’s roughly 120 articles were 18.2% of the 2022 total.', ''].join('\n');
    assert.deepEqual(shares(roughWhole), []);
    assert.deepEqual(shares(roughPart), []);
  });

  it('is not read across a heading, nor for another year', () => {
    const across = [...SPLIT, '## Later', '', 'Harbour B’s 120 articles were 18.2% of the 2022 total.', ''].join('\n');
    const otherYear = [...SPLIT, 'Harbour B’s 120 articles were 18.2% of the 2023 total.', ''].join('\n');
    assert.deepEqual(shares(across), []);
    assert.deepEqual(shares(otherYear), []);
  });
});
