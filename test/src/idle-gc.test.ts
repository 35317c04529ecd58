// The language server's idle collector: a short series of full GCs after an idle spell, only when the heap grew enough,
// and a collection of the young generation between two keystrokes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullGc, IdleCollector } from '../../server/dist/lsp/idle-gc.js';

/** A collector over a fake heap; onCollect runs inside each collection (e.g. to simulate work arriving). */
function collectorWith(heap: { used: number }, onCollect: (collector: IdleCollector) => void = () => {}) {
  let collections = 0;
  const collector: IdleCollector = new IdleCollector({
    idleMs: 1000,
    growthBytes: 100,
    gc: () => {
      collections++;
      heap.used = 10;
      onCollect(collector);
    },
    heapSize: () => heap.used,
  });
  return { collector, collections: () => collections };
}

describe('idle collector', () => {
  it('runs one series of three collections once the server has been idle long enough after the heap grew', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const heap = { used: 10 };
    const { collector, collections } = collectorWith(heap);
    heap.used = 500;
    collector.idle();
    t.mock.timers.tick(999);
    assert.equal(collections(), 0);
    t.mock.timers.tick(1);
    assert.equal(collections(), 3);
    t.mock.timers.tick(5000);
    assert.equal(collections(), 3, 'and stops');
  });

  it('stops a series when work resumes between its collections', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const heap = { used: 10 };
    const { collector, collections } = collectorWith(heap, (c) => c.busy());
    heap.used = 500;
    collector.idle();
    t.mock.timers.tick(1000);
    t.mock.timers.tick(10);
    assert.equal(collections(), 1);
  });

  it('does not collect when work resumes before the idle spell ends', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const heap = { used: 10 };
    const { collector, collections } = collectorWith(heap);
    heap.used = 500;
    collector.idle();
    t.mock.timers.tick(600);
    collector.busy();
    t.mock.timers.tick(5000);
    assert.equal(collections(), 0);
    collector.idle();
    t.mock.timers.tick(1000);
    assert.equal(collections(), 3);
  });

  it('does not collect when the heap grew less than the margin since the last collection', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const heap = { used: 10 };
    const { collector, collections } = collectorWith(heap);
    heap.used = 60;
    collector.idle();
    t.mock.timers.tick(1000);
    assert.equal(collections(), 0);
  });

  it('collects the young generation a short idle after a check, when it holds enough, and not when work comes first', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const calls: Array<string | undefined> = [];
    let young = 8 * 2 ** 20;
    const collector = new IdleCollector({ idleMs: 1000, growthBytes: 2 ** 40, gc: (options) => calls.push(options?.type), heapSize: () => 0, youngIdleMs: 10, youngSize: () => young });
    collector.idle();
    t.mock.timers.tick(9);
    assert.deepEqual(calls, []);
    t.mock.timers.tick(1);
    assert.deepEqual(calls, ['minor'], 'one young collection, no full one (the heap did not grow)');
    // The next key arrives before the idle spell ends: nothing runs inside its check.
    collector.idle();
    t.mock.timers.tick(5);
    collector.busy();
    t.mock.timers.tick(100);
    assert.deepEqual(calls, ['minor']);
    // Too little in the young generation to be worth a pause.
    young = 2 ** 20;
    collector.idle();
    t.mock.timers.tick(100);
    assert.deepEqual(calls, ['minor']);
  });

  it('leaves the young generation alone unless asked to collect it', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const calls: Array<string | undefined> = [];
    const collector = new IdleCollector({ idleMs: 1000, growthBytes: 2 ** 40, gc: (options) => calls.push(options?.type), heapSize: () => 0, youngSize: () => 2 ** 30 });
    collector.idle();
    t.mock.timers.tick(5000);
    assert.deepEqual(calls, []);
  });

  it('finds a real full-GC function in this runtime', () => {
    const gc = fullGc();
    assert.equal(typeof gc, 'function');
    gc!();
    // and one that collects the young generation alone.
    gc!({ type: 'minor' });
  });
});
