import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DataSourceSettings } from './data-source';

export const DATABASE_SETTINGS = Symbol('DATABASE_SETTINGS');

interface PgPool {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Statements on the hottest paths (the session behind every signed-in request, intent creation and
 * the intent lists, detail and thread),
 * run as named prepared statements where the server allows: PostgreSQL then plans each one once per
 * connection and reuses the plan, instead of planning it on every call. Intent creation's single
 * statement cost ≈ 2 ms to plan and ≈ 3 ms to run at 1M intents (measured with EXPLAIN EXECUTE).
 *
 * Not named on the embedded server: pglite-socket serves every connection from one backend
 * session, so names prepared by one client would collide with another's. Either way the statement
 * goes straight to the driver's pool (TypeORM's query runner — create, connect, broadcast, release —
 * costs more Node work than these statements). Errors are the driver's, as through TypeORM.
 */
@Injectable()
export class Statements {
  private readonly named: boolean;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DATABASE_SETTINGS) settings: DataSourceSettings,
  ) {
    this.named = settings.preparedStatements === true;
  }

  /** Names of built statements (`run`), per text: a list has a few dozen shapes, not one per request. */
  private readonly names = new Map<string, string>();

  /**
   * Runs a statement built from a request's filters (`{ text, values }`), named by a hash of its
   * text: each shape (which filters, which cursor) is planned once per connection, the values vary.
   * Builders must bind every value as a parameter, or each value would be a shape of its own.
   */
  async run<T>(prefix: string, s: { text: string; values: unknown[] }): Promise<T[]> {
    let name = this.names.get(s.text);
    if (!name) {
      name = `${prefix}_${createHash('sha1').update(s.text).digest('hex').slice(0, 20)}`;
      // Bounded: the shapes are finite, but a builder bug must not grow this without end.
      if (this.names.size >= 2000) this.names.clear();
      this.names.set(s.text, name);
    }
    return this.query<T>(name, s.text, s.values);
  }

  /** Runs `text` with `values`; `name` must be unique per distinct text (a version suffix when it changes). */
  async query<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    // PostgresDriver.master is public but typed `any` (and typeorm's export map hides the class);
    // it exists once the data source is initialised.
    const pool = (this.db.driver as { master?: PgPool }).master;
    if (!pool) return (await this.db.query(text, values)) as T[];
    return (await pool.query(this.named ? { name, text, values } : { text, values })).rows as T[];
  }
}
