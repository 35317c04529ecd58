// The repository's own text files carry no unresolved merge: a conflict left in a results file went unnoticed
// for a session (bench/RESULTS.md is not linted), so every text file is scanned for the markers git writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './helpers.js';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist', 'dist-test', 'out', 'corpora', '.peers', 'test-results', 'pack', '.factlint-cache']);
const TEXT_FILE = /\.(?:md|ts|mts|mjs|cjs|js|json|ya?ml|txt|sh)$|^run$/;
// `=======` alone is also a setext heading underline in Markdown, so only the two markers that name a side count.
const CONFLICT_MARKER = /^(?:<{7} |>{7} )/m;

function* textFiles(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) yield* textFiles(join(directory, entry.name));
    } else if (entry.isFile() && TEXT_FILE.test(entry.name)) {
      yield join(directory, entry.name);
    }
  }
}

test('no text file in the repository holds a merge conflict marker', () => {
  const conflicted: string[] = [];
  let scanned = 0;
  for (const file of textFiles(repoRoot)) {
    scanned += 1;
    const text = readFileSync(file, 'utf8');
    const marker = CONFLICT_MARKER.exec(text);
    if (marker) {
      const line = text.slice(0, marker.index).split('\n').length;
      conflicted.push(`${relative(repoRoot, file)}:${line}`);
    }
  }
  assert.ok(scanned > 100, `expected to scan the repository's text files, scanned ${scanned}`);
  assert.deepEqual(conflicted, []);
});

test('the conflict marker pattern finds a marker and ignores a setext heading', () => {
  assert.ok(CONFLICT_MARKER.test(`text\n${'<'.repeat(7)} HEAD\nours\n`));
  assert.ok(CONFLICT_MARKER.test(`ours\n${'>'.repeat(7)} branch\n`));
  assert.ok(!CONFLICT_MARKER.test('Title\n=======\n\nbody\n'));
});
