import {
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';

const FLUSH_EVERY_MS = 5000;

/**
 * Counts kept in this process's memory and written in one statement every few seconds and at
 * shutdown, so the request that counts never waits on a write. A crash loses at most the last few
 * seconds. A failed write puts its counts back (merged with what came meanwhile) for the next flush.
 * Subclasses say how to write a batch and how two counts of one key add up.
 */
export abstract class PendingCounts<K, V>
  implements OnModuleInit, OnApplicationShutdown
{
  protected pending = new Map<K, V>();
  private timer?: NodeJS.Timeout;
  private readonly logger: Logger;

  protected constructor(
    /** What is counted, for the warning when a write fails ("views", "searches"). */
    private readonly what: string,
  ) {
    this.logger = new Logger(new.target.name);
  }

  /** Writes one batch; throwing keeps it for the next flush. */
  protected abstract write(batch: Map<K, V>): Promise<void>;

  /** The counts of one key from two batches, added. */
  protected abstract add(a: V, b: V): V;

  /** Whether the database can take a write now (not yet connected, or already closed: wait). */
  protected abstract ready(): boolean;

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.size || !this.ready()) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.write(batch);
    } catch (err) {
      for (const [k, v] of batch) {
        const now = this.pending.get(k);
        this.pending.set(k, now === undefined ? v : this.add(v, now));
      }
      this.logger.warn(`Could not record ${this.what}: ${String(err)}`);
    }
  }
}
