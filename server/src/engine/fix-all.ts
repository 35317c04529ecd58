// Fix-all: apply every certain fix and check again until nothing more applies; shared by --fix and the editor.
import type { CheckResult, Engine } from './engine.js';
import { applyFixes } from './fixes.js';

/** Fixing stops after this many passes even if a fix keeps producing another (it never should). */
export const MAX_FIX_PASSES = 10;

export interface FixAllOptions {
  /** The check of `text` already made, reused as the first pass. */
  checked?: CheckResult;
  maxPasses?: number;
}

export interface FixAllResult {
  /** The fixed text (the input when nothing applied). */
  text: string;
  passes: number;
  applied: number;
  /** The check of the input text. */
  before: CheckResult;
  /** The check of the fixed text (the same object as `before` when nothing applied). */
  after: CheckResult;
}

export function fixAll(engine: Engine, text: string, options: FixAllOptions = {}): FixAllResult {
  const before = options.checked?.text === text ? options.checked : engine.check(text);
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  let result = before;
  let current = text;
  let passes = 0;
  let applied = 0;
  while (passes < maxPasses) {
    const next = applyFixes(current, result.diagnostics);
    if (next.applied === 0 || next.text === current) break;
    current = next.text;
    applied += next.applied;
    passes++;
    result = engine.check(current, { previous: result });
  }
  return { text: current, passes, applied, before, after: result };
}
