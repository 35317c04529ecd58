// Nesting past the limit ends cleanly: the deep block is unchecked with one nesting-depth finding, never a stack
// overflow, and everything around it is still checked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, RuleOptionsError } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset });
const wrongShare = 'Stockholm University accounted for 2,022 of 4,181 papers, or 46.4% of the total.';

describe('nesting depth', () => {
  for (const [name, deep] of [
    ['blockquotes 10,000 deep', `${'> '.repeat(10_000)}${wrongShare}`],
    ['blockquotes 100,000 deep', `${'>'.repeat(100_000)} ${wrongShare}`],
    ['"- " × 3000 + "12%"', `${'- '.repeat(3000)}12%`],
    ['ordered lists 5,000 deep', `${'1. '.repeat(5000)}${wrongShare}`],
    ['lists nested by indentation', Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
  ] as const) {
    it(`${name}: one nesting-depth finding, the text around it still checked`, () => {
      // (A paragraph after the deep block closes its chunk: a line after indented text continues it.)
      const text = `${wrongShare}\n\n${deep}\n\nAfter the block.\n\n${wrongShare}\n`;
      const result = engine.check(text);
      const limits = result.diagnostics.filter((d) => d.ruleId === 'nesting-depth');
      assert.equal(limits.length, 1);
      assert.match(limits[0]!.message, /more than 100 levels deep, so none of it is checked/);
      assert.equal(limits[0]!.range.start, wrongShare.length + 2);
      // The two shares outside the deep block are found, the one inside is not.
      assert.deepEqual(result.diagnostics.filter((d) => d.ruleId === 'share').map((d) => d.range.start), [wrongShare.indexOf('46.4%'), text.lastIndexOf('46.4%')]);
    });
  }

  it('deep quote markers inside a fenced code block are code, not nesting', () => {
    const text = `\`\`\`markdown\n${'> '.repeat(500)}x\n\`\`\`\n\n${wrongShare}\n`;
    assert.deepEqual(engine.check(text).diagnostics.map((d) => d.ruleId), ['share']);
  });

  it('a block within the limit is checked as usual', () => {
    const text = `${'> '.repeat(100)}${wrongShare}\n`;
    const result = engine.check(text);
    assert.deepEqual(result.diagnostics.map((d) => d.ruleId), ['share']);
  });

  it('maxDepth is configurable through the rule and the engine option, and the limit holds with the rule off', () => {
    const text = `${'> '.repeat(20)}${wrongShare}\n`;
    const viaRule = createEngine({ dataset, rules: { 'nesting-depth': { severity: 'error', maxDepth: 10 } } }).check(text);
    assert.deepEqual(viaRule.diagnostics.map((d) => [d.ruleId, d.severity]), [['nesting-depth', 'error']]);
    assert.match(viaRule.diagnostics[0]!.message, /more than 10 levels/);
    const viaOption = createEngine({ dataset, maxNestingDepth: 10, rules: { 'nesting-depth': 'off' } }).check(text);
    assert.deepEqual(viaOption.diagnostics, []);
    assert.equal(viaOption.coverage.claims, 0);
    assert.throws(() => createEngine({ dataset, rules: { 'nesting-depth': { maxDepth: 5000 } } }), RuleOptionsError);
  });

  it('a document with a link reference definition (parsed whole) leaves its deep block out too', () => {
    const text = `${wrongShare} See [notes][n].\n\n${'> '.repeat(5000)}12%\n\n[n]: https://example.org/notes\n`;
    const result = engine.check(text);
    assert.deepEqual(result.diagnostics.map((d) => d.ruleId), ['share', 'nesting-depth']);
  });
});
