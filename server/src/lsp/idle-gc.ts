// Gives memory back after a burst of checks. Node's V8 gets no idle-time notifications from an embedder, so after a
// client opens many drafts the garbage of their checks stays in the heap (and in RSS) until allocation pressure
// comes; a server that then sits idle keeps hundreds of MB it no longer uses. When the server has been idle for a
// while and the heap has grown by a margin since the last collection, one full collection runs.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The runtime's full-GC function: the one `--expose-gc` provides, or one exposed now. Undefined if neither works. */
export function fullGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
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
  gc?: (() => void) | undefined;
  heapSize?: () => number;
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private readonly idleMs: number;
  private readonly growthBytes: number;
  private readonly gc: (() => void) | undefined;
  private readonly heapSize: () => number;
  private baseline: number;
  /** Bumped by busy(): a series of collections started before it stops. */
  private work = 0;

  constructor(options: IdleCollectorOptions = {}) {
    this.idleMs = options.idleMs ?? 2000;
    this.growthBytes = options.growthBytes ?? 48 * 2 ** 20;
    this.gc = 'gc' in options ? options.gc : fullGc();
    this.heapSize = options.heapSize ?? (() => process.memoryUsage().heapTotal);
    this.baseline = this.heapSize();
  }

  /** The server has nothing to do now; collect after idleMs unless work resumes first. */
  idle(): void {
    if (!this.gc) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collect(), this.idleMs);
    this.timer.unref();
  }

  /** Work resumed: no collection while it runs. */
  busy(): void {
    this.work++;
    clearTimeout(this.timer);
    this.timer = undefined;
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
