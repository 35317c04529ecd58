// A bulleted list of counts and the sentence after it that sums them, in more wordings (issue #8).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });

/** Findings of rule total as `stated → new total`. */
function totals(text: string): string[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'total')
    .map((d) => `${text.slice(d.range.start, d.range.end)} → ${(d.fix ?? d.suggestions?.[0])?.edits[0]?.newText}`);
}

const LIST = ['Ferry crossings logged last winter:', '', '- Northgate: 412 crossings', '- Eastmoor: 275 crossings', '- Saltby: 96 crossings', ''];

describe('total: "put together" / "added together" after a list', () => {
  it('checks the one figure of the sentence against the items', () => {
    assert.deepEqual(totals([...LIST, 'Put together, that is 838 crossings.', ''].join('\n')), ['838 → 783']);
    assert.deepEqual(totals([...LIST, 'Added together, the three ports logged 738 crossings.', ''].join('\n')), ['738 → 783']);
  });

  it('finds nothing when the sum holds', () => {
    assert.deepEqual(totals([...LIST, 'Put together, that is 783 crossings.', ''].join('\n')), []);
  });

  it('reads no total from a sentence that merely follows the list', () => {
    assert.deepEqual(totals([...LIST, 'Northgate alone logged 838 crossings the winter before.', ''].join('\n')), []);
  });
});
