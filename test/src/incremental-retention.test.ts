// A check handed the previous result may read from it, but must not keep it: in an editor the engine checks every
// keystroke for hours, and a chain of versions each holding the one before grew the heap by hundreds of MiB over 1,000
// edits (bench:lsp, after per-reading reuse across versions). Here: after many edits, the first version is collected.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type CheckResult } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';
import { fullGc } from '../../server/dist/lsp/idle-gc.js';

describe('a check handed the previous result', () => {
  it('keeps no old version alive: after 40 keystrokes the first result is collected', async () => {
    const gc = fullGc();
    assert.ok(gc, 'a full-GC function is needed for this test');
    const engine = createEngine({ dataset: await loadDefaultDataset() });
    let text = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');
    const at = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2 + 40;
    let previous: CheckResult = engine.check(text);
    // The analysed document behind each result (what the next check reads from), not only the result object.
    const first = new WeakRef(previous.state.doc);
    const second = new WeakRef(engine.check(`${text.slice(0, at)}y${text.slice(at)}`, { previous }).state.doc);
    for (let i = 0; i < 40; i++) {
      text = i % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
      previous = engine.check(text, { previous });
    }
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(first.deref(), undefined, 'the first version is still reachable');
    assert.equal(second.deref(), undefined, 'a version checked from it is still reachable');
    assert.ok(previous.diagnostics.length >= 0);
  });
});
