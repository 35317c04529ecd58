// Skipping chunks no rule reads must not change any finding: the default engine and one that parses everything agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { createEngine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const selective = createEngine({ dataset });
const everything = createEngine({ dataset, parseAll: true });
const samples = ['samples/outlook-issue-7.md', ...readdirSync(join(repoRoot, 'samples/drafts')).filter((f) => f.endsWith('.md')).map((f) => `samples/drafts/${f}`)];
const texts = samples.map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') }));

function agree(text: string, label: string): void {
  const a = selective.check(text);
  const b = everything.check(text);
  assert.deepEqual(a.diagnostics, b.diagnostics, `${label}: diagnostics`);
  assert.deepEqual(a.coverage, b.coverage, `${label}: coverage`);
}

describe('selective parsing gives the findings of a full parse', () => {
  for (const { path, text } of texts) it(path, () => agree(text, path));

  it('after random edits', () => {
    const fragments = ['\n', '\n\n', '- ', '1. ', '    ', '```\n', '~~~\n', '<!--', '-->', '<pre>\n', '> ', '| a | 1% |\n', '# ', '[^x]', '[^x]: note\n', 'second', '12', '%', '$', 'Tokyo–Yokohama ', 'shares overlap '];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.constantFrom(...fragments), fc.nat({ max: 40 }), (which, at, fragment, deleted) => {
        const text = texts[which]!.text;
        const position = at % (text.length + 1);
        agree(text.slice(0, position) + fragment + text.slice(position + deleted), `${texts[which]!.path} @${position} +${JSON.stringify(fragment)} −${deleted}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a plain paragraph is known without parsing', () => {
  it('every chunk classed as a plain paragraph parses to exactly one paragraph with the same text and span', async () => {
    const { buildDocument, isPlainParagraph, splitChunks } = await import('factlint/internal/document');
    let plain = 0;
    for (const { path, text } of texts) {
      const parsed = buildDocument(text, undefined, { parseAll: true });
      for (const chunk of splitChunks(text)) {
        if (!isPlainParagraph(text.slice(chunk.start, chunk.end))) continue;
        plain++;
        const blocks = parsed.blocks.filter((b) => b.start >= chunk.start && b.start < chunk.end);
        assert.equal(blocks.length, 1, `${path}@${chunk.start}: one block`);
        const segments = blocks[0]!.record.facts.segments;
        assert.equal(segments.length, 1, `${path}@${chunk.start}: one segment`);
        assert.equal(segments[0]!.kind, 'paragraph');
        const content = text.slice(chunk.start, chunk.end).trimEnd();
        assert.equal(blocks[0]!.start + segments[0]!.start, chunk.start, `${path}@${chunk.start}: start`);
        assert.equal(segments[0]!.text, content, `${path}@${chunk.start}: text`);
      }
    }
    assert.ok(plain > 50, `only ${plain} plain paragraphs found`);
  });
});
