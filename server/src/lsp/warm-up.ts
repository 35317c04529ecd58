// Warms the incremental check path once per server process, in idle time. A draft is checked in full when it is
// opened; the incremental path (reuse of unchanged blocks, kept readings, placing moved segments) first runs at the
// first keystroke, and V8 compiles its functions only after they have run a while: measured through the server on the
// 75 KB outlook, the first 60 keystrokes after opening took ~3× as long as the later ones (p50 23.6 vs 7.2 ms).
// So, once the first draft's full check is published and nothing is waiting, the server runs a few incremental checks
// of throw-away edits of that draft (a letter typed into a paragraph and deleted again) whose results are dropped:
// nothing is published, the draft's state and its kept result stay as they were. Each check yields between its steps
// and stops as soon as real work arrives (a real keystroke waits at most one step); the rest goes on at the next idle.
import { CheckCancelledError, type CheckResult, type Engine } from '../engine/index.js';

/** Throw-away checks that warm the path: enough for V8's optimising tiers (measured in process on the outlook: after
 * 100 of them the first 60 real edits cost 7.9 ms CPU p50 instead of 13–16; after ~30 little changed). */
export const WARM_UP_CHECKS = 100;
/** How long the server must have been idle before the warm-up starts (or goes on). */
export const WARM_UP_IDLE_MS = 300;
/** Wall time the warm-up may take in all, once per process (a 1 MB draft's incremental check takes ~100 ms or more). */
export const WARM_UP_BUDGET_MS = 4000;

export interface WarmUpTarget {
  engine: Engine;
  text: string;
  result: CheckResult;
}

/** Where a throw-away letter is typed: inside a prose line near the middle of the draft, else at its end. */
export function warmUpOffset(text: string): number {
  const middle = text.indexOf('\n', text.length >> 1);
  for (let from = middle < 0 ? text.length : middle + 1; from < text.length; ) {
    const end = text.indexOf('\n', from);
    const lineEnd = end < 0 ? text.length : end;
    if (lineEnd - from >= 40 && /^[A-Za-z]/.test(text[from]!)) {
      const space = text.indexOf(' ', from + 10);
      if (space > 0 && space < lineEnd - 1) return space + 1;
    }
    from = lineEnd + 1;
  }
  return text.length;
}

export class IncrementalWarmUp {
  private left: number;
  private spentMs = 0;
  private running = false;
  /** Throw-away checks run to their end so far. */
  ran = 0;

  constructor(
    /** True while real work waits or runs: the warm-up stops at its next step. */
    private readonly busy: () => boolean,
    private readonly yieldTurn: () => Promise<void>,
    checks = WARM_UP_CHECKS,
    private readonly budgetMs = WARM_UP_BUDGET_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.left = checks;
  }

  /** Whether warm-up checks remain to be run. */
  get wanted(): boolean {
    return this.left > 0 && this.spentMs < this.budgetMs;
  }

  /** No more warm-up in this process. */
  stop(): void {
    this.left = 0;
  }

  /** Runs the remaining throw-away checks on the target (a draft's published result) until done or busy. Returns how many ran. */
  async run(target: WarmUpTarget): Promise<number> {
    if (this.running || !this.wanted || this.busy()) return 0;
    this.running = true;
    let ran = 0;
    try {
      const at = warmUpOffset(target.text);
      const edited = `${target.text.slice(0, at)}x${target.text.slice(at)}`;
      const cancellation = { get isCancellationRequested() { return busy(); } };
      const busy = this.busy;
      let previous = target.result;
      while (this.wanted && !this.busy()) {
        const started = this.now();
        // Typed, then deleted: the chain starts from the published result, which is only read (as any check reads its previous).
        const text = this.left % 2 === 0 ? edited : target.text;
        try {
          previous = await target.engine.checkAsync(text, { previous, cancellation }, this.yieldTurn);
        } catch (error) {
          if (error instanceof CheckCancelledError) break;
          throw error;
        } finally {
          this.spentMs += this.now() - started;
        }
        this.left--;
        this.ran++;
        ran++;
        await this.yieldTurn();
      }
    } finally {
      this.running = false;
    }
    return ran;
  }
}
