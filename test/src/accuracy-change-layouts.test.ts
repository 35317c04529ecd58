// Changes, rates and multiples in layouts other authors use (issue #8): year-by-year tables closed by a Total row, comparisons across sentences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

const table = (header: string, ...rows: string[]): string =>
  [`| ${header} |`, `| ${header.split('|').map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r} |`)].join('\n') + '\n';

describe('a year-by-year table with a change column', () => {
  it('is still read when a Total row closes it', () => {
    assert.deepEqual(findings(table('Year | Patents | Change on previous year', '2018 | 120 | —', '2019 | 150 | +25.0%', '2020 | 180 | +12.0%', 'Total 2018–2020 | 450 | ')), [
      { rule: 'percent-change', stated: '+12.0%', fix: '+20.0%' },
    ]);
  });
  it('passes a correct column closed by a plain Total row', () => {
    assert.deepEqual(findings(table('Year | Patents | Change', '2018 | 120 | —', '2019 | 150 | +25.0%', '2020 | 180 | +20.0%', '**Total** | **450** | ')), []);
  });
  it('reads nothing when a row between the years is not a year', () => {
    assert.deepEqual(findings(table('Year | Patents | Change', '2018 | 120 | —', 'Subtotal | 120 | ', '2019 | 150 | +12.0%')), []);
  });
});
