/**
 * Answers kept in memory per API process and served only while the data they were computed from
 * is unchanged: each entry carries the stamp (a version read from the database, bumped by
 * triggers in every writing transaction) it was computed at, and optionally a moment after which
 * it no longer holds even without writes (figures that move with the clock).
 *
 * Callers read the stamp *before* computing, so an answer computed from rows newer than its stamp
 * is only ever replaced early, never served late. Simultaneous misses of one key compute once.
 * Used by the catalogue (anonymous reads) and the operator overview.
 */
export interface VersionedCacheOptions {
  /** How many keys are kept; the least recently used go first. */
  maxEntries: number;
  /**
   * Whether stamp `a` is newer than `b` ('' is older than any). Versions only grow, so a reader
   * still holding an older stamp must neither drop the newer entries nor keep its answer.
   * Default: any other stamp is newer.
   */
  newer?: (a: string, b: string) => boolean;
}

interface Entry<V> {
  stamp: string;
  value: V;
  /** Epoch ms after which the entry is not served; Infinity when only a write can change it. */
  validUntil: number;
}

export interface Computed<V> {
  value: V;
  /** Whether the value may be kept (e.g. not too large). Default true. */
  keep?: boolean;
  validUntil?: number;
}

export class VersionedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly inFlight = new Map<string, Promise<V>>();
  /** The newest stamp seen; entries of other stamps are dropped when it moves. */
  private latest = '';
  private readonly newer: (a: string, b: string) => boolean;

  constructor(private readonly options: VersionedCacheOptions) {
    this.newer = options.newer ?? (() => true);
  }

  /** The kept value of `key` at `stamp`, if any and still valid at `now` (epoch ms). */
  peek(key: string, stamp: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.stamp !== stamp || now >= entry.validUntil) return undefined;
    // Map order is insertion order: re-inserting marks the entry most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async get(key: string, stamp: string, compute: () => Promise<Computed<V>>, now = Date.now()): Promise<V> {
    if (stamp !== this.latest && (this.latest === '' || this.newer(stamp, this.latest))) {
      this.latest = stamp;
      this.entries.clear();
    }
    const hit = this.peek(key, stamp, now);
    if (hit !== undefined) return hit;
    const flightKey = `${stamp}\u0000${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending;
    const promise = (async () => {
      const computed = await compute();
      if (computed.keep !== false && stamp === this.latest) {
        this.entries.set(key, { stamp, value: computed.value, validUntil: computed.validUntil ?? Infinity });
        if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      }
      return computed.value;
    })();
    this.inFlight.set(flightKey, promise);
    try {
      return await promise;
    } finally {
      this.inFlight.delete(flightKey);
    }
  }

  /** How many answers are kept (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }
}
