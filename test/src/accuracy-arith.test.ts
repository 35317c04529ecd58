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

/** The first suggestion of each of this area's findings, as `rule: stated ⇢ suggestion`: a fix whose inputs the dataset does not confirm. */
function suggestions(text: string): string[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => RULES.has(d.ruleId) && d.suggestions?.length)
    .map((d) => `${d.ruleId}: ${text.slice(d.range.start, d.range.end)} ⇢ ${d.suggestions![0]!.edits.map((e) => e.newText).join(' ')}`);
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
    // The parts are not in the dataset, so the Total is corrected as a suggestion, not a certain fix.
    assert.deepEqual(findings(text), ['total: 260']);
    assert.deepEqual(suggestions(text), ['total: 260 ⇢ 240']);
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
    // The parts are not in the dataset, so the Total is corrected as a suggestion, not a certain fix.
    assert.deepEqual(findings(text), ['total: 161']);
    assert.deepEqual(suggestions(text), ['total: 161 ⇢ 116']);
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

describe('a formula written out in the text', () => {
  it('reads "% change", "percentage change" and "relative change" with new/old, current/previous names', () => {
    assert.deepEqual(findings('Method note: % change = (new − old) / new × 100 throughout this deck.\n').map((f) => f.split(':')[0]), ['formula']);
    assert.deepEqual(findings('The percentage change is calculated as (current − previous) / current × 100.\n').map((f) => f.split(':')[0]), ['formula']);
    assert.deepEqual(findings('Relative change = (end value − start value) / end value, in every table.\n').map((f) => f.split(':')[0]), ['formula']);
  });
  it('passes the standard percent change, whatever the names and trailing words', () => {
    assert.deepEqual(findings('Method note: % change = (new − old) / old × 100 throughout this deck.\n'), []);
    assert.deepEqual(findings('The percentage change is calculated as (current − previous) / previous × 100.\n'), []);
    assert.deepEqual(findings('Relative change = (end value − start value) / start value, in every table.\n'), []);
  });
  it('flags a percentage-point difference written as a relative change, and says why', () => {
    const text = 'Shifts in market shares are given in percentage points, computed as Δpp = (s₂ − s₁) / s₁ × 100, where s₁ and s₂ are the two shares.\n';
    const diagnostics = engine.check(text).diagnostics.filter((d) => d.ruleId === 'formula');
    assert.equal(diagnostics.length, 1);
    assert.equal(text.slice(diagnostics[0]!.range.start, diagnostics[0]!.range.end), '(s₂ − s₁) / s₁ × 100');
    assert.match(diagnostics[0]!.message, /relative change/);
    assert.equal(diagnostics[0]!.fix, undefined);
    assert.deepEqual(findings('The percentage-point change is calculated as (p_2 − p_1) / p_1, for each region.\n').map((f) => f.split(':')[0]), ['formula']);
    assert.deepEqual(findings('Changes are in percentage points: $\\frac{x_2 - x_1}{x_1} \\times 100$ for each group.\n').map((f) => f.split(':')[0]), ['formula']);
  });
  it('passes a percentage-point difference written as a difference', () => {
    assert.deepEqual(findings('Shifts in market shares are given in percentage points, computed as Δpp = s₂ − s₁, where s₁ and s₂ are the two shares.\n'), []);
    assert.deepEqual(findings('The percentage-point change is calculated as (p_2 − p_1) × 100, for each region.\n'), []);
    assert.deepEqual(findings('Changes are in percentage points: $x_2 - x_1$ for each group.\n'), []);
  });
});

describe('a multiple comparing two coordinated figures ("k times as many")', () => {
  it('reports a multiple that the two figures do not bear out, without a fix', () => {
    assert.deepEqual(findings('The lab hosted 312 visiting and 80 resident fellows in 2019, more than four times as many visitors as residents.\n'), ['percent-change: more than four times']);
    assert.deepEqual(findings('The port handled 90 cruise and 30 ferry calls, almost four times as many cruise ships.\n'), ['percent-change: almost four times']);
    assert.deepEqual(findings('Donors gave €450 in cash and €90 in kind, about three times as much.\n'), ['percent-change: about three times']);
  });
  it('passes a multiple that fits, whichever figure comes first', () => {
    assert.deepEqual(findings('The lab hosted 312 visiting and 70 resident fellows in 2019, more than four times as many visitors as residents.\n'), []);
    assert.deepEqual(findings('The port handled 30 ferry and 112 cruise calls, almost four times as many cruise ships.\n'), []);
  });
  it('leaves sentences with a third number or figures not joined by "and"', () => {
    assert.deepEqual(findings('The lab hosted 312 visiting and 80 resident fellows and 12 staff, more than four times as many visitors.\n'), []);
    assert.deepEqual(findings('The lab hosted 312 visiting fellows; residents numbered 80, more than four times as many visitors.\n'), []);
  });
});
