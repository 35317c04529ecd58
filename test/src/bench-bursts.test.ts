// lsp.bench.mjs --bursts: what a series of fast-typed bursts gives (bench/lib/bursts.mjs), on made-up keystrokes and
// publications whose answer is known.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

type Key = [number, number];
interface PerBurst {
  keys: number;
  latency: number | undefined;
  intermediate: number;
  skipped: number;
}
interface Summary {
  perBurst: PerBurst[];
  stale: number;
  repeated: number;
}
interface BurstsModule {
  burstSummary(bursts: Key[][], published: Key[]): Summary;
  burstFigures(summary: Summary, options?: { first?: number }): {
    bursts: number;
    unpublished: number;
    p50: number;
    p95: number;
    max: number;
    firstLatency: number[];
    restP95: number;
    intermediate: number;
    keystrokes: number;
    skipped: number;
    stale: number;
    repeated: number;
  };
}
const load = (): Promise<BurstsModule> => import(new URL('../../bench/lib/bursts.mjs', import.meta.url).href) as Promise<BurstsModule>;

describe('the bursts of lsp.bench.mjs --bursts', () => {
  it("times each burst from its last keystroke to its version's publication and counts the earlier versions published", async () => {
    const { burstSummary } = await load();
    const bursts: Key[][] = [
      [[2, 100], [3, 130], [4, 160]],
      [[5, 500], [6, 530], [7, 560]],
    ];
    const published: Key[] = [
      [1, 50], // the open
      [2, 125], // an earlier version of the first burst, published before the next arrived
      [4, 190],
      [7, 600], // 5 and 6 overtaken, never published
    ];
    const summary = burstSummary(bursts, published);
    assert.deepEqual(summary.perBurst, [
      { keys: 3, latency: 30, intermediate: 1, skipped: 1 },
      { keys: 3, latency: 40, intermediate: 0, skipped: 2 },
    ]);
    assert.equal(summary.stale, 0);
    assert.equal(summary.repeated, 0);
  });

  it('counts a publication older than one before it as stale, a version published again as repeated, and a burst whose last version never came', async () => {
    const { burstSummary, burstFigures } = await load();
    const bursts: Key[][] = [
      [[2, 100], [3, 130]],
      [[4, 500], [5, 530]],
    ];
    const published: Key[] = [
      [1, 50],
      [3, 170],
      [2, 175], // older than 3: stale
      [3, 180], // 3 again: not older than the newest (3), repeated
      [4, 560], // 5 never published
    ];
    const summary = burstSummary(bursts, published);
    assert.equal(summary.stale, 1);
    assert.equal(summary.repeated, 1);
    assert.deepEqual(
      summary.perBurst.map((b) => [b.latency, b.intermediate, b.skipped]),
      [
        [40, 1, 0], // the first publication of 3, at 170; 2 published (late) counts as an earlier version
        [undefined, 1, 1],
      ],
    );
    const figures = burstFigures(summary);
    assert.deepEqual([figures.bursts, figures.unpublished, figures.keystrokes, figures.intermediate, figures.skipped, figures.stale], [2, 1, 4, 2, 1, 1]);
    assert.deepEqual(figures.firstLatency, [40]);
  });

  it('gives the quantiles of the latencies, the first bursts after the open apart', async () => {
    const { burstFigures } = await load();
    const latencies = [90, 10, 20, 30, 40, 50, 60, 70, 80, 15];
    const perBurst = latencies.map((latency) => ({ keys: 4, latency, intermediate: 3, skipped: 0 }));
    const figures = burstFigures({ perBurst, stale: 0, repeated: 0 }, { first: 1 });
    assert.equal(figures.p50, 40); // the 5th of 10 sorted
    assert.equal(figures.p95, 90); // the 10th of 10
    assert.equal(figures.max, 90);
    assert.deepEqual(figures.firstLatency, [90]);
    assert.equal(figures.restP95, 80, 'the p95 of the bursts after the first is their own');
    assert.deepEqual([figures.keystrokes, figures.intermediate], [40, 30]);
  });
});
