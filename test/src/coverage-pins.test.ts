// The claim coverage of every sample, pinned: a change in what is read as a claim, verified or mismatched shows here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset });

const pinned: Record<string, { claims: number; verified: number; mismatched: number; unverified: number }> = {
  'samples/outlook-issue-7.md': { claims: 95, verified: 68, mismatched: 0, unverified: 27 },
  'samples/drafts/citations-and-footnotes.md': { claims: 1, verified: 0, mismatched: 0, unverified: 1 },
  'samples/drafts/clean.md': { claims: 48, verified: 42, mismatched: 0, unverified: 6 },
  'samples/drafts/dataset-and-rankings.md': { claims: 19, verified: 11, mismatched: 4, unverified: 4 },
  'samples/drafts/delegation-brief.md': { claims: 23, verified: 9, mismatched: 6, unverified: 8 },
  'samples/drafts/formulas.md': { claims: 15, verified: 11, mismatched: 1, unverified: 3 },
  'samples/drafts/growth-claims.md': { claims: 34, verified: 19, mismatched: 6, unverified: 9 },
  // 44 since "first-author" (a split "by first-author country") is no ordinal (2026-12-07; it was an unverified place).
  'samples/drafts/shares-and-breakdowns.md': { claims: 44, verified: 27, mismatched: 3, unverified: 14 },
  'samples/drafts/suppressed.md': { claims: 20, verified: 8, mismatched: 4, unverified: 8 },
};

describe('claim coverage of the samples', () => {
  for (const [path, coverage] of Object.entries(pinned)) {
    it(path, () => {
      assert.deepEqual(engine.check(readFileSync(join(repoRoot, path), 'utf8')).coverage, coverage);
    });
  }
});
