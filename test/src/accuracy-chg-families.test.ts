// Change, rate and formula phrasing families (acc-change): each reading with findings and look-alikes that stay silent, in made-up domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr', 'formula']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

const table = (header: string, ...rows: string[]): string =>
  [`| ${header} |`, `| ${header.split('|').map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r} |`)].join('\n') + '\n';

describe('a table change column whose header gives the unit as percent', () => {
  it('reads "+54.3" under "Change (%)" as a percent change, never as a difference', () => {
    assert.deepEqual(findings(table('Orchard | 2016 | 2024 | Change (%)', 'North | 2,421 | 3,735 | +54.3', 'South | 335 | 315 | −6.0')), []);
  });
  it('finds and fixes a wrong percent under "Growth, %" and "% change"', () => {
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | Growth, %', 'Harbour A | 400 | 500 | +20.0', 'Harbour B | 200 | 180 | −10.0')), [
      { rule: 'percent-change', stated: '+20.0', fix: '+25.0' },
    ]);
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | % change', 'Harbour A | 400 | 500 | +25.0', 'Harbour B | 200 | 180 | −8.0')), [
      { rule: 'percent-change', stated: '−8.0', fix: '−10.0' },
    ]);
  });
  it('keeps a header without a percent unit reading signed plain cells as differences', () => {
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | Change', 'Harbour A | 400 | 500 | +100', 'Harbour B | 200 | 180 | −30')), [
      { rule: 'percent-change', stated: '−30', fix: '−20' },
    ]);
  });
  it('reads a plain cell under "CAGR (%)" as a rate', () => {
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | CAGR (%)', 'Harbour A | 400 | 500 | 5.7', 'Harbour B | 200 | 180 | −3.0')), [
      { rule: 'cagr', stated: '−3.0', fix: '−2.6' },
    ]);
    assert.deepEqual(findings(table('Ferry line | 2019 | 2023 | CAGR', 'Harbour A | 400 | 500 | 5.7', 'Harbour B | 200 | 180 | −3.0')), []);
  });
  it('stays silent on a plain "(%)" change between two percentages (points or percent: no certain reading)', () => {
    assert.deepEqual(findings(table('Region | Share 2016 (%) | Share 2024 (%) | Change (%)', 'Coast | 40.0% | 50.0% | +10.0', 'Hills | 20.0% | 30.0% | +50.0')), []);
  });
  it('checks a year-by-year column headed "Change on previous year (%)"', () => {
    assert.deepEqual(findings(table('Year | Bridges inspected | Change on previous year (%)', '2020 | 80 | —', '2021 | 100 | +25.0', '2022 | 90 | −12.0')), [
      { rule: 'percent-change', stated: '−12.0', fix: '−10.0' },
    ]);
  });
});
