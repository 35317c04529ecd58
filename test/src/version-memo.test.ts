// VersionMemo (server/src/engine/version-memo.ts, perf-key45): what a module keeps per version of a document, held by
// the key itself instead of a module-level WeakMap. It must answer as a WeakMap does, stay invisible on the key, never
// keep the key alive, and let a minor GC (the scavenger) collect the values of dead keys, which a WeakMap does not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fc from 'fast-check';
import { VersionMemo } from '../../server/dist/engine/version-memo.js';
import { fullGc } from '../../server/dist/lsp/idle-gc.js';

const memoModule = new URL('../../server/dist/engine/version-memo.js', import.meta.url).href;

describe('VersionMemo: a WeakMap kept on its keys', () => {
  it('answers get, has, set and delete as a WeakMap does, for any sequence of operations on a few keys and memos', () => {
    const op = fc.record({ kind: fc.constantFrom('get', 'has', 'set', 'delete'), memo: fc.nat(2), key: fc.nat(4), value: fc.integer() });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        // Key 4 is frozen: it cannot take the memo's property, and the memo falls back to a WeakMap for it.
        const keys = [{}, { a: 1 }, [], () => 0, Object.freeze({ b: 2 })] as object[];
        const memos = [new VersionMemo<object, number>(), new VersionMemo<object, number>(), new VersionMemo<object, number>()];
        const maps = [new WeakMap<object, number>(), new WeakMap<object, number>(), new WeakMap<object, number>()];
        for (const { kind, memo, key, value } of ops) {
          const m = memos[memo]!;
          const w = maps[memo]!;
          const k = keys[key]!;
          if (kind === 'get') assert.equal(m.get(k), w.get(k));
          else if (kind === 'has') assert.equal(m.has(k), w.has(k));
          else if (kind === 'delete') assert.equal(m.delete(k), w.delete(k));
          else assert.equal(m.set(k, value), m);
          if (kind === 'set') w.set(k, value);
        }
        for (const [i, m] of memos.entries()) for (const k of keys) assert.equal(m.get(k), maps[i]!.get(k));
      }),
      { numRuns: 500 },
    );
  });

  it('is invisible on the key: its keys, JSON, spread copies and deep equality are those of the bare object', () => {
    const key = { text: 'a', segments: [1, 2] };
    const bare = { text: 'a', segments: [1, 2] };
    new VersionMemo<object, string>().set(key, 'kept');
    assert.deepEqual(Object.keys(key), ['text', 'segments']);
    assert.equal(JSON.stringify(key), JSON.stringify(bare));
    const copy = { ...key };
    assert.equal(new VersionMemo<object, string>().get(copy), undefined);
    assert.deepEqual(key, bare);
    for (const name in key) assert.ok(name === 'text' || name === 'segments');
  });

  it('does not keep its key alive (nor the value) once the key is unreachable', async () => {
    const gc = fullGc();
    assert.ok(gc, 'a full-GC function is needed for this test');
    const memo = new VersionMemo<object, object>();
    const [keyRef, valueRef] = ((): [WeakRef<object>, WeakRef<object>] => {
      const key = { version: 1 };
      const value = { reading: [1, 2, 3] };
      memo.set(key, value);
      assert.equal(memo.get(key), value);
      return [new WeakRef(key), new WeakRef(value)];
    })();
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(keyRef.deref(), undefined, 'the key is still reachable');
    assert.equal(valueRef.deref(), undefined, 'the value is still reachable');
  });

  it('lets a minor GC collect the values of keys that died young (a WeakMap in old space keeps them)', () => {
    // In a fresh Node with a young generation large enough that no scavenge runs while the entries are made.
    const script = `
      import v8 from 'node:v8';
      const { VersionMemo } = await import(${JSON.stringify(memoModule)});
      const used = () => v8.getHeapSpaceStatistics().filter((s) => s.space_name === 'new_space' || s.space_name === 'old_space').reduce((n, s) => n + s.space_used_size, 0);
      const result = {};
      for (const [name, store] of [['weakMap', new WeakMap()], ['memo', new VersionMemo()]]) {
        store.set({}, 0);
        gc(); gc();
        const before = used();
        for (let i = 0; i < 1000; i++) store.set({ version: i }, { reading: new Array(400).fill(i) });
        gc({ type: 'minor' });
        result[name] = (used() - before) / 2 ** 20;
      }
      console.log(JSON.stringify(result));`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=32', '--min-semi-space-size=32', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const kept = JSON.parse(r.stdout) as { weakMap: number; memo: number };
    // ~3.2 MB of values were made; a WeakMap's survive the scavenge (Node 20's V8), a memo's do not.
    assert.ok(kept.memo < 0.5, `a minor GC kept ${kept.memo.toFixed(2)} MB of a VersionMemo's dead entries (WeakMap: ${kept.weakMap.toFixed(2)} MB)`);
  });
});
