// What a module keeps per version of a document (or per object of one version: its links, a segment, a table), held
// by that object itself instead of a module-level WeakMap.
//
// Why not a WeakMap: V8's minor GC (the scavenger, which runs every few keystrokes) cannot tell whether an old-space
// key of a WeakMap is still alive, and keeps every value of such an entry, and whatever the value reaches, alive and
// copies it; an old key's entry is only cleared by a full GC. A version's objects are garbage one keystroke later, but
// those of a version that a scavenge caught alive are promoted, and the WeakMaps keyed by them then kept the next
// versions' values alive through every scavenge until the next full GC. Measured on the 75 KB outlook (30 keystrokes
// into a 64 MB young generation, then one minor GC): 5.4 MB survived it with WeakMaps, all of it garbage to a full GC
// (bench/RESULTS.md, perf-key45), and a scavenge's pause grows with what survives it. Held by the key itself, the
// entries die with it in a scavenge as any property does; like a WeakMap's, they never keep the key alive.
//
// The store is one Map per key under a symbol property that is not enumerable (JSON, spreads, keys and equality
// checks do not see it); a key that cannot take a property (frozen) falls back to a WeakMap.

const SLOT: unique symbol = Symbol('factlint.versionMemos');

interface Holder {
  [SLOT]?: Map<VersionMemo<object, unknown>, unknown>;
}

export class VersionMemo<K extends object, V> {
  private fallback: WeakMap<K, V> | undefined;

  get(key: K): V | undefined {
    const own = (key as Holder)[SLOT];
    if (own !== undefined) return own.get(this as VersionMemo<object, unknown>) as V | undefined;
    return this.fallback?.get(key);
  }

  has(key: K): boolean {
    const own = (key as Holder)[SLOT];
    if (own !== undefined) return own.has(this as VersionMemo<object, unknown>);
    return this.fallback?.has(key) ?? false;
  }

  set(key: K, value: V): this {
    let own = (key as Holder)[SLOT];
    if (own === undefined) {
      if (!Object.isExtensible(key)) {
        (this.fallback ??= new WeakMap()).set(key, value);
        return this;
      }
      own = new Map();
      Object.defineProperty(key, SLOT, { value: own, enumerable: false, writable: false, configurable: false });
    }
    own.set(this as VersionMemo<object, unknown>, value);
    return this;
  }

  delete(key: K): boolean {
    const own = (key as Holder)[SLOT];
    if (own !== undefined) return own.delete(this as VersionMemo<object, unknown>);
    return this.fallback?.delete(key) ?? false;
  }
}
