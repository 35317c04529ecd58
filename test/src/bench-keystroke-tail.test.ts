// lsp.bench.mjs --trace: the tail of a typed series split by keystroke index and by the server's GC pauses
// (bench/lib/keystroke-tail.mjs), on made-up keystrokes and pauses whose answer is known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

type Span = [number, number];
type Pause = [number, number, number];
interface Tail {
  slowest: Array<{ index: number; ms: number; pauses: Pause[] }>;
  firstMedian: number;
  restMedian: number;
  restP95: number;
  gc: Array<{ kind: number; count: number; median: number }>;
  gcMs: number;
  gcShare: number;
}
interface TailModule {
  keystrokeTail(spans: Span[], pauses: Pause[], options?: { slowest?: number; first?: number }): Tail;
  formatTail(name: string, tail: Tail, fmt: (ms: number) => string): string;
}
const load = (): Promise<TailModule> => import(new URL('../../bench/lib/keystroke-tail.mjs', import.meta.url).href) as Promise<TailModule>;

/** Keystrokes one after another from t = 1000, each `ms` long, 1 ms apart (the client's turn). */
function typed(durations: number[]): Span[] {
  const spans: Span[] = [];
  let at = 1000;
  for (const ms of durations) {
    spans.push([at, at + ms]);
    at += ms + 1;
  }
  return spans;
}

describe('the keystroke tail of lsp.bench.mjs --trace', () => {
  it('names the slowest keystrokes by index and gives each the GC pauses that started inside it', async () => {
    const { keystrokeTail } = await load();
    const spans = typed([10, 12, 90, 11, 70, 13]);
    const [sent2, arrived2] = spans[2]!;
    const [sent4, arrived4] = spans[4]!;
    const pauses: Pause[] = [
      [900, 4, 50], // before typing: in no keystroke, not counted
      [sent2, 1, 6], // at the send: inside #2
      [sent2 + 40, 4, 20], // inside #2
      [arrived2, 1, 3], // at the arrival: not #2's (the client's turn before #3)
      [sent4 + 69.5, 8, 1], // inside #4, just before its arrival
      [arrived4, 1, 2], // at #4's arrival: not #4's
    ];
    const tail = keystrokeTail(spans, pauses, { slowest: 3, first: 2 });
    assert.deepEqual(
      tail.slowest.map((k) => [k.index, k.ms, k.pauses.map(([, kind, ms]) => [kind, ms])]),
      [
        [2, 90, [[1, 6], [4, 20]]],
        [4, 70, [[8, 1]]],
        [5, 13, []],
      ],
    );
    assert.deepEqual(
      tail.gc.map((g) => [g.kind, g.count, g.median]),
      [
        [1, 3, 3],
        [4, 1, 20],
        [8, 1, 1],
      ],
      'the pauses while typing (from the first send to the last arrival), by kind',
    );
    assert.equal(tail.gcMs, 32);
    assert.equal(tail.gcShare, 32 / 206);
  });

  it('sets the first keystrokes after the open apart: their median, the rest’s, and the p95 without them', async () => {
    const { keystrokeTail } = await load();
    // Five slow first keystrokes, then 100 keystrokes of 1..100 ms in a shuffled order.
    const rest = Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) + 1);
    const tail = keystrokeTail(typed([300, 200, 100, 250, 150, ...rest]), []);
    assert.equal(tail.firstMedian, 200);
    assert.equal(tail.restMedian, 50);
    assert.equal(tail.restP95, 95);
    assert.deepEqual(
      tail.slowest.map((k) => k.index),
      [0, 3, 1, 4, 2, 5 + rest.indexOf(100)],
    );
    assert.deepEqual(tail.gc, []);
  });

  it('prints a series in one line of its slowest keystrokes and two of summary', async () => {
    const { keystrokeTail, formatTail } = await load();
    const spans = typed([10, 40, 10, 10, 10, 10, 10]);
    const tail = keystrokeTail(spans, [[spans[1]![0] + 1, 1, 4]], { slowest: 2 });
    const lines = formatTail('1 MB draft', tail, (ms) => ms.toFixed(1)).split('\n');
    assert.equal(lines[0], '- 1 MB draft: #1 40.0 [s4.0], #0 10.0 []');
    assert.equal(lines[1], '  first five keystrokes median 10.0 ms, the rest 10.0 ms; p95 of the rest 10.0 ms');
    assert.match(lines[2]!, /^ {2}GC while typing: 1 scavenge \(median 4\.0 ms\); 4\.0 ms in all, 4 % of the keystrokes' time$/);
  });
});
