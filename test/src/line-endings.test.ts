// Lone CR, CRLF and LF line endings read alike: the same findings, on the same lines and columns.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyFixes, createEngine, LineIndex } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset });

/** Five lines, each with its own error, separated by blank lines. */
const draft = [
  '# Sweden co-authored output',
  'UTokyo grew from 287 papers in 2015 to 638 in 2024 (CAGR 8.3%).',
  'Stockholm University accounted for 2,022 of 4,181 papers, or 46.4% of the total.',
  'Science Tokyo grew from 165 papers in 2015 to 201 in 2024 (+25.8%).',
  'Keio grew from 21 papers in 2015 to 63 in 2024 (CAGR 14.0%).',
  'GERD reached 3.44% of GDP in 2023.[^missing]',
].join('\n\n');

function located(text: string) {
  const lines = new LineIndex(text);
  return engine.check(text).diagnostics.map((d) => ({ rule: d.ruleId, ...lines.locate(d.range.start), fix: d.fix?.edits.map((e) => e.newText) }));
}

describe('line endings', () => {
  const lf = located(draft);

  it('the LF draft has its five errors on five lines', () => {
    assert.equal(lf.length, 5, JSON.stringify(lf));
    assert.deepEqual(lf.map((f) => f.line), [3, 5, 7, 9, 11]);
  });

  for (const [name, ending] of [['CRLF', '\r\n'], ['lone CR', '\r']] as const) {
    it(`${name}: the same findings on the same lines and columns, and fixes keep the line endings`, () => {
      const text = draft.replaceAll('\n', ending);
      assert.deepEqual(located(text), lf);
      const fixed = applyFixes(text, engine.check(text).diagnostics).text;
      assert.equal(fixed.split(ending).length, draft.split('\n').length);
      assert.ok(!(ending === '\r' && fixed.includes('\n')), 'a lone-CR file gains no LF');
    });
  }

  it('the outlook with lone CRs gives the findings and lines of the outlook', () => {
    const outlook = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8').replaceAll('\r\n', '\n');
    const cr = outlook.replaceAll('\n', '\r');
    assert.deepEqual(located(cr), located(outlook));
  });

  it('LineIndex counts a lone CR, CRLF and LF as one line break each', () => {
    const lines = new LineIndex('a\rb\r\nc\nd');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 2, 5, 7].map((o) => lines.locate(o).line), [1, 2, 3, 4]);
  });

  it('LineIndex places every offset of an LF text where it places it with CRs', () => {
    const lf = 'a\n\nbc\nd\n';
    const lfLines = new LineIndex(lf);
    const crLines = new LineIndex(lf.replace(/\n/g, '\r'));
    assert.equal(lfLines.lineCount, 5);
    for (let o = 0; o <= lf.length; o++) assert.deepEqual(lfLines.locate(o), crLines.locate(o), `offset ${o}`);
    assert.deepEqual([1, 2, 3, 4, 5].map((l) => lfLines.lineStart(l)), [0, 2, 3, 6, 8]);
  });
});
