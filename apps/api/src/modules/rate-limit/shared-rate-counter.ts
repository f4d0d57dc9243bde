import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Statements } from '../../database/statements';
import { ADD_RATE_LIMIT_HITS, ADD_RATE_LIMIT_HITS_NAME, PURGE_RATE_LIMIT_WINDOWS, type RateLimitHitsRow } from './rate-limit.sql';

/** Adds hits to the shared counts and answers each key's total in its window. */
export type AddHits = (batch: { key: string; windowStart: number; hits: number }[]) => Promise<Map<string, number>>;

export interface CounterOptions {
  add: AddHits;
  /** Deletes windows that started before the given time (ms). */
  purge?: (before: number) => Promise<void>;
  /** How often hits counted locally are sent in one batch. */
  flushMs?: number;
  /** Below this share of the budget a key is counted locally and sent with the next batch. */
  localShare?: number;
  logger?: Pick<Logger, 'warn'>;
}

interface Slot {
  windowStart: number;
  windowMs: number;
  /** The newest total the database answered for this key and window (every process's hits). */
  shared: number;
  /** Hits of this process not sent yet. */
  pending: number;
  /** Whether the database has answered for this window at least once. */
  known: boolean;
}

const MAX_SLOTS = 50_000;
const PURGE_EVERY_MS = 60_000;

/**
 * Fixed-window hit counts shared by every API process through one table, cheap on the hot path:
 * - the first hit of a key in a window, and every hit once the key has used `localShare` of its
 *   budget, goes to the database at once (one statement) and is judged by the shared total, so a
 *   client near its limit is counted exactly whichever process it reaches;
 * - below that share, hits are counted here and sent as one batch every `flushMs` (the batch's
 *   answer refreshes the shared totals), so an ordinary client costs no round trip per request.
 *   Another process's unsent hits (at most `flushMs` worth, and never past its own share) are the
 *   only hits a count can miss.
 * While the database cannot answer, hits are counted here alone: an outage must not turn into an
 * error or let a flood through.
 */
export class SharedRateCounter {
  private readonly slots = new Map<string, Slot>();
  private readonly flushMs: number;
  private readonly localShare: number;
  private flushTimer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private lastPurge = Date.now();
  private stopped = false;
  readonly counts = { local: 0, direct: 0, batches: 0, failures: 0 };

  constructor(private readonly options: CounterOptions) {
    this.flushMs = options.flushMs ?? 200;
    this.localShare = options.localShare ?? 0.5;
  }

  /** Counts one hit of `key`; answers its count in the current window and the ms until the window ends. */
  async hit(key: string, windowMs: number, max: number): Promise<{ count: number; resetMs: number }> {
    const now = Date.now();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const resetMs = windowStart + windowMs - now;
    let slot = this.slots.get(key);
    if (!slot || slot.windowStart !== windowStart) {
      if (slot?.pending) this.sendSoon(); // the old window's hits still go out with the next batch
      if (this.slots.size >= MAX_SLOTS) this.prune(now, true);
      slot = { windowStart, windowMs, shared: 0, pending: 0, known: false };
      this.slots.set(key, slot);
    }
    const estimate = slot.shared + slot.pending + 1;
    if (slot.known && estimate <= max * this.localShare) {
      slot.pending++;
      this.counts.local++;
      this.sendSoon();
      return { count: estimate, resetMs };
    }
    const hits = slot.pending + 1;
    slot.pending = 0;
    this.counts.direct++;
    try {
      const total = (await this.options.add([{ key, windowStart, hits }])).get(key) ?? 0;
      slot.shared = Math.max(slot.shared + hits, total);
      slot.known = true;
      return { count: Math.max(total, slot.shared + slot.pending), resetMs };
    } catch (err) {
      this.failed(err);
      slot.pending += hits; // counted here, sent once the database answers again
      return { count: slot.shared + slot.pending, resetMs };
    }
  }

  /** Sends every hit counted locally (the flush timer, and shutdown). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = this.send().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    await this.flush().catch(() => undefined);
  }

  private sendSoon(): void {
    if (this.flushTimer || this.stopped) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush();
    }, this.flushMs);
    this.flushTimer.unref();
  }

  private async send(): Promise<void> {
    const batch: { key: string; windowStart: number; hits: number; slot: Slot }[] = [];
    for (const [key, slot] of this.slots) {
      if (slot.pending > 0) {
        batch.push({ key, windowStart: slot.windowStart, hits: slot.pending, slot });
        slot.pending = 0;
      }
    }
    const now = Date.now();
    this.prune(now, false);
    if (batch.length) {
      try {
        const totals = await this.options.add(batch.map(({ key, windowStart, hits }) => ({ key, windowStart, hits })));
        this.counts.batches++;
        for (const b of batch) {
          if (this.slots.get(b.key) !== b.slot) continue; // a new window began meanwhile
          b.slot.shared = Math.max(b.slot.shared + b.hits, totals.get(b.key) ?? 0);
          b.slot.known = true;
        }
      } catch (err) {
        this.failed(err);
        for (const b of batch) b.slot.pending += b.hits;
        this.sendSoon();
      }
    }
    if (this.options.purge && now - this.lastPurge >= PURGE_EVERY_MS) {
      this.lastPurge = now;
      // Windows of up to an hour are kept for two of their length at most; nothing reads them after.
      await this.options.purge(now - 2 * 3_600_000).catch((err: unknown) => this.failed(err));
    }
  }

  /** Forgets finished windows with nothing left to send (`all`: every slot with nothing to send). */
  private prune(now: number, all: boolean): void {
    for (const [key, slot] of this.slots) {
      if (slot.pending === 0 && (all || slot.windowStart + slot.windowMs <= now)) this.slots.delete(key);
    }
  }

  private failed(err: unknown): void {
    this.counts.failures++;
    // One line per burst of failures is enough (an outage fails every request).
    if (this.counts.failures % 100 === 1) this.options.logger?.warn(`rate limit counts not shared (${(err as Error)?.message ?? err}); counting in this process`);
  }
}

/** The application's counter, on the pool (a named prepared statement on a real server). */
@Injectable()
export class RateLimitCounter extends SharedRateCounter implements BeforeApplicationShutdown {
  /** Put in front of every key: processes of one deployment share it; test apps each get their own. */
  namespace = '';

  constructor(statements: Statements) {
    super({
      add: async (batch) => {
        const rows = await statements.query<RateLimitHitsRow>(ADD_RATE_LIMIT_HITS_NAME, ADD_RATE_LIMIT_HITS, [
          batch.map((b) => this.namespace + b.key),
          batch.map((b) => new Date(b.windowStart).toISOString()),
          batch.map((b) => b.hits),
        ]);
        return new Map(rows.map((r) => [r.key.slice(this.namespace.length), r.hits]));
      },
      purge: async (before) => {
        await statements.query('rate_limit_purge_v1', PURGE_RATE_LIMIT_WINDOWS, [new Date(before).toISOString()]);
      },
      logger: new Logger('RateLimit'),
    });
  }

  // Before the pool closes (onApplicationShutdown): the last batch still goes out.
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
