// The engine never throws on any text, its ranges stay inside the text, applying its fixes only touches their ranges,
// no rule fails inside, coverage counts only real claims, and a check is the same fresh, repeated or incremental.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { applyFixes, createEngine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset, rules: { unverified: 'info' } });
const outlook = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');

const pieces = [
  '# ', '## ', '\n', '\n\n', '| a | b |\n|---|---|\n', '| x | 12% |\n', '- ', '1. ', '> ', '```\n', '~~~', '    ', '<sup>', '</sup>', '<sup>12</sup>',
  '[^1]', '[^1]: ', '[x](http://a.b/1)', '<!-- factlint-disable -->', '<!-- factlint-enable cagr -->', '$', '$(F/I)^{1/n}-1$', '\\', '*', '_',
  'from 287 to 638 (CAGR 9.1%)', 'ranked second in the 2025 GII', '70.7% of 902', '61–73%', '2017 to 2024', 'Tokyo–Yokohama', 'UTokyo',
  'Total: 4,181', 'USD 6.1 billion', '−3.5%', '+∞', '\u0000', '\uFEFF', '😀', 'e\u0301', '\r\n', '\t', '1e309', '0.0000001%', '99999999999999999999',
];
const documents = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));

function checkInvariants(text: string, other = ''): void {
  const result = engine.check(text);
  for (const d of result.diagnostics) {
    assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `range ${d.range.start}-${d.range.end} in ${text.length}`);
    assert.ok(d.message.length > 0);
    assert.notEqual(d.data?.internalError, true, `rule ${d.ruleId} failed: ${d.message}`);
    assert.doesNotMatch(`${d.message} ${d.expected ?? ''}`, /\b(?:Infinity|NaN|undefined)\b/, d.ruleId);
    for (const edit of d.fix?.edits ?? []) assert.ok(edit.range.start >= 0 && edit.range.end <= text.length);
  }
  // Sorted by position, and no rule reports the same thing twice.
  const keys = result.diagnostics.map((d) => `${d.range.start}:${d.range.end}:${d.ruleId}:${d.message}`);
  assert.equal(new Set(keys).size, keys.length, 'a finding is reported twice');
  for (let i = 1; i < result.diagnostics.length; i++) assert.ok(result.diagnostics[i - 1]!.range.start <= result.diagnostics[i]!.range.start);
  // Coverage: verified and mismatched claims are among the claims (unverified is what remains, never negative).
  assert.ok(result.coverage.unverified >= 0 && result.coverage.verified + result.coverage.mismatched <= result.coverage.claims, JSON.stringify(result.coverage));
  // The same text checked again, or after another text as its previous version, gives the same result.
  assert.deepEqual(engine.check(text).diagnostics, result.diagnostics);
  const incremental = engine.check(text, { previous: engine.check(other) });
  assert.deepEqual(incremental.diagnostics, result.diagnostics, 'incremental check differs');
  assert.deepEqual(incremental.coverage, result.coverage, 'incremental coverage differs');
  const { text: fixed } = applyFixes(text, result.diagnostics);
  // Outside the fixed ranges nothing changes: the text before the first and after the last edit is intact.
  const edits = result.diagnostics.flatMap((d) => d.fix?.edits ?? []);
  if (edits.length) {
    const first = Math.min(...edits.map((e) => e.range.start));
    const last = Math.max(...edits.map((e) => e.range.end));
    assert.equal(fixed.slice(0, first), text.slice(0, first));
    assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last));
  } else assert.equal(fixed, text);
}

describe('robustness', () => {
  it('random Markdown-like documents never make the engine throw', () => {
    fc.assert(fc.property(documents, documents, (text, other) => checkInvariants(text, other)), { numRuns: 400 });
  });
  it('random slices of the outlook issue never make the engine throw', () => {
    fc.assert(
      fc.property(fc.nat(outlook.length), fc.nat(4000), (start, length) => checkInvariants(outlook.slice(start, start + length), outlook.slice(start + 1, start + length + 1))),
      { numRuns: 150 },
    );
  });
  it('an empty document, whitespace and a huge single line are fine', () => {
    for (const text of ['', ' ', '\n\n\n', '#', '|', '$', '<sup>', '12% of 0 papers', '0% of 0', `${'9'.repeat(5000)}%`, 'x '.repeat(100_000)]) checkInvariants(text);
  });
});
