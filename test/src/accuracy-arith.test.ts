// Arithmetic checks as other authors write them (issue #8): derived errors, formulas and the change families.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr', 'share', 'total', 'breakdown-sum', 'granularity', 'formula']);

/** This area's findings as `rule: stated [→ fix]`, so that a dataset-value note on a made-up figure does not blur the test. */
function findings(text: string): string[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => RULES.has(d.ruleId))
    .map((d) => `${d.ruleId}: ${text.slice(d.range.start, d.range.end)}${d.fix ? ` → ${d.fix.edits.map((e) => e.newText).join(' ')}` : ''}`);
}

describe('a value computed from an endpoint that is itself reported wrong', () => {
  it('a wrong Total row is one error: the change and % change of that row, derived from it, are not reported again', () => {
    const text = [
      '| Harbour | 2018 | 2023 | Change | % change |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| North | 120 | 150 | +30 | +25.0% |',
      '| South | 80 | 90 | +10 | +12.5% |',
      '| **Total** | **200** | **260** | **+40** | **+20.0%** |',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), ['total: 260 → 240']);
  });

  it('with a decimal comma and a change column only, the same holds', () => {
    const text = [
      '| Depot | 2019 | 2024 | Δ % |',
      '| --- | ---: | ---: | ---: |',
      '| East | 40 | 50 | +25,0 % |',
      '| West | 60 | 66 | +10,0 % |',
      '| Total | 100 | 161 | +16,0 % |',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), ['total: 161 → 116']);
  });

  it('a Total row that adds up still has its wrong change reported, with the fix', () => {
    const text = [
      '| Harbour | 2018 | 2023 | % change |',
      '| --- | ---: | ---: | ---: |',
      '| North | 120 | 150 | +25.0% |',
      '| South | 80 | 90 | +12.5% |',
      '| Total | 200 | 240 | +30.0% |',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), ['percent-change: +30.0% → +20.0%']);
  });
});
