// Engine fixtures: every sample draft yields exactly the findings written beside it, and fixing leaves nothing fixable.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyFixes, createEngine, LineIndex } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

interface Expected {
  rule: string;
  line: number;
  text: string;
}

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset, rules: { unverified: 'off' } });

async function samplePairs(): Promise<Array<{ name: string; markdown: string; expected: Expected[] }>> {
  const pairs = [];
  for (const dir of ['samples', 'samples/drafts', 'test/fixtures/engine']) {
    for (const file of (await readdir(join(repoRoot, dir))).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
      const path = join(repoRoot, dir, file);
      const expectedText = await readFile(path.replace(/\.md$/, '.expected.json'), 'utf8');
      pairs.push({ name: `${dir}/${file}`, markdown: await readFile(path, 'utf8'), expected: JSON.parse(expectedText) as Expected[] });
    }
  }
  return pairs;
}

const pairs = await samplePairs();

describe('sample drafts yield exactly their expected findings', () => {
  for (const { name, markdown, expected } of pairs) {
    test(name, () => {
      const lines = new LineIndex(markdown);
      const actual = engine.check(markdown).diagnostics.map((d) => ({ rule: d.ruleId, line: lines.locate(d.range.start).line, text: markdown.slice(d.range.start, d.range.end) }));
      const key = (f: Expected) => `${f.rule} line ${f.line}: ${f.text}`;
      assert.deepEqual(actual.map(key).sort(), expected.map(key).sort());
    });
  }
});

describe('after --fix, nothing fixable is left and nothing else changed', () => {
  for (const { name, markdown } of pairs) {
    test(name, () => {
      const first = engine.check(markdown);
      const fixed = applyFixes(markdown, first.diagnostics);
      const second = engine.check(fixed.text);
      assert.deepEqual(second.diagnostics.filter((d) => d.fix).map((d) => d.message), []);
      const unfixable = (ds: typeof first.diagnostics) => ds.filter((d) => !d.fix).map((d) => d.ruleId).sort();
      assert.deepEqual(unfixable(second.diagnostics), unfixable(first.diagnostics));
    });
  }
});

describe('precision on raw text dumps (PDF-style line breaks, tab tables, spaced bylines)', () => {
  // Our own texts in the style of the seed documents; the seeds themselves are checked by `npm run check:provenance`.
  const raw = join(repoRoot, 'test/fixtures/raw');
  const expected: Record<string, string[]> = {
    'regional-science-brief.txt': ['citation-undefined: 7'],
    'wrapped-press-article.txt': [],
  };
  for (const [file, findings] of Object.entries(expected)) {
    test(`${file} yields only its real defects`, async () => {
      const text = await readFile(join(raw, file), 'utf8');
      const actual = engine.check(text).diagnostics.map((d) => `${d.ruleId}: ${text.slice(d.range.start, d.range.end)}`);
      assert.deepEqual(actual, findings);
    });
  }
});
