// Gives memory back after a burst of checks. Node's V8 gets no idle-time notifications from an embedder, so after a
// client opens many drafts the garbage of their checks stays in the heap (and in RSS) until allocation pressure
// comes; a server that then sits idle keeps hundreds of MB it no longer uses. When the server has been idle for a
// while and the heap has grown by a margin since the last collection, one full collection runs.
//
// The young generation is collected sooner, in the gap between two keystrokes (perf-key87): on a 1 MB draft each
// check leaves ~8 MB in it that the next check's scavenge must copy (~15 ms on this machine), a pause that fell inside
// a keystroke's check about every other keystroke. Collected a few ms after the last check was published, while the
// author's next key is still on its way (a typist's keys come 100 ms or more apart), the next check starts with an
// empty young generation and the scavenge is off the keystroke's path.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc(): a full collection, or with `{ type: 'minor' }` one of the young generation only. */
export type GcFunction = (options?: { type: 'minor' | 'major' }) => void;

/** The runtime's GC function: the one `--expose-gc` provides, or one exposed now. Undefined if neither works. */
export function fullGc(): GcFunction | undefined {
  const exposed = (globalThis as { gc?: GcFunction }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as GcFunction) : undefined;
  } catch {
    return undefined;
  }
}

/** Full collections in one series: with fewer, V8 keeps the pages the garbage took (measured: 1 gives back ~5 %). */
const COLLECTIONS = 3;

export interface IdleCollectorOptions {
  /** How long the server must stay idle before collecting. */
  idleMs?: number;
  /** Growth of the heap V8 holds (used or not) since the last collection that makes one worth its pause. */
  growthBytes?: number;
  gc?: GcFunction | undefined;
  heapSize?: () => number;
  /** How long the server must stay idle after its last check before the young generation is collected (never when unset). */
  youngIdleMs?: number;
  /** How much the young generation must hold for that collection to be worth it (default 4 MiB). */
  youngBytes?: number;
  youngSize?: () => number;
}

/** What the young generation holds now (its semi-space in use). */
function youngGenerationUsed(): number {
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'new_space') return space.space_used_size;
  return 0;
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private youngTimer: NodeJS.Timeout | undefined;
  private readonly idleMs: number;
  private readonly growthBytes: number;
  private readonly gc: GcFunction | undefined;
  private readonly heapSize: () => number;
  private readonly youngIdleMs: number | undefined;
  private readonly youngBytes: number;
  private readonly youngSize: () => number;
  private baseline: number;
  /** Bumped by busy(): a series of collections started before it stops. */
  private work = 0;

  constructor(options: IdleCollectorOptions = {}) {
    this.idleMs = options.idleMs ?? 2000;
    this.growthBytes = options.growthBytes ?? 48 * 2 ** 20;
    this.gc = 'gc' in options ? options.gc : fullGc();
    this.heapSize = options.heapSize ?? (() => process.memoryUsage().heapTotal);
    this.baseline = this.heapSize();
    this.youngIdleMs = options.youngIdleMs;
    this.youngBytes = options.youngBytes ?? 4 * 2 ** 20;
    this.youngSize = options.youngSize ?? youngGenerationUsed;
  }

  /** The server has nothing to do now; collect after idleMs unless work resumes first. */
  idle(): void {
    if (!this.gc) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collect(), this.idleMs);
    this.timer.unref();
    if (this.youngIdleMs !== undefined) {
      clearTimeout(this.youngTimer);
      this.youngTimer = setTimeout(() => this.collectYoung(), this.youngIdleMs);
      this.youngTimer.unref();
    }
  }

  /** Work resumed: no collection while it runs. */
  busy(): void {
    this.work++;
    clearTimeout(this.timer);
    this.timer = undefined;
    clearTimeout(this.youngTimer);
    this.youngTimer = undefined;
  }

  private collectYoung(): void {
    this.youngTimer = undefined;
    if (this.gc && this.youngSize() >= this.youngBytes) this.gc({ type: 'minor' });
  }

  private collect(): void {
    this.timer = undefined;
    if (!this.gc || this.heapSize() - this.baseline < this.growthBytes) return;
    // V8 gives pages back only after a few full collections in a row; each runs in its own turn of the event loop,
    // so a message that arrives meanwhile is served between them, and new work stops the series.
    let left = COLLECTIONS;
    const work = this.work;
    const next = () => {
      this.timer = undefined;
      if (work !== this.work) return;
      this.gc!();
      this.baseline = this.heapSize();
      if (--left > 0 && work === this.work) this.timer = setTimeout(next, 0);
    };
    next();
  }
}
