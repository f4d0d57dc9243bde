import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSourceSettings } from '../../database/data-source';
import { DATABASE_SETTINGS, Statements } from '../../database/statements';
import { CATALOGUE_VERSION, CATALOGUE_VERSION_CHANNEL, LISTEN_CATALOGUE_VERSION, type CatalogueVersionRow } from './catalogue-version.sql';

/** The part of a pg Client the feed uses (a fake one in the unit tests). */
export interface ListenConnection {
  query(text: string): Promise<{ rows: unknown[] }>;
  on(event: 'notification', listener: (n: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error' | 'end', listener: (err?: Error) => void): unknown;
  end(): Promise<void>;
}

export interface FeedOptions {
  /** Opens the dedicated listening connection; undefined: never listen (every read asks the database). */
  connect?: () => Promise<ListenConnection>;
  /** Reads the version through the pool. */
  read: () => Promise<string>;
  /** Reconnect delays: the first, doubled per failure up to the last. */
  retryMs?: { first: number; max: number };
  /** How often the listening connection is probed (a half-open TCP link sends no error). */
  heartbeatMs?: number;
  logger?: Pick<Logger, 'warn' | 'log'>;
}

export type FeedState = 'off' | 'connecting' | 'live' | 'lost' | 'stopped';

/**
 * Which catalogue version this process may answer at, with no round trip while PostgreSQL pushes
 * every new version (NOTIFY at commit) to a connection of ours that LISTENs.
 *
 * - live: connected, LISTENing, and the version read once after LISTEN (so no commit falls between
 *   the read and the first notification). Reads take the known version; a commit elsewhere is seen
 *   once its notification arrives (well under 100 ms on one network).
 * - otherwise (not connected yet, connection lost, embedded server): every read asks the database,
 *   exactly as without a feed; the lost connection is reopened with backoff and the version re-read.
 * - a write made by this process calls `refresh()` before answering: its own next read must see it
 *   even if the notification is still on its way.
 * The known version only grows (the max of everything heard or read), so late or duplicate
 * notifications are harmless.
 */
export class VersionFeed {
  private known = BigInt(0);
  /** `known` as text, formatted once per new version rather than per request. */
  private knownText = '0';
  private conn?: ListenConnection;
  private status: FeedState;
  private retryDelay: number;
  private retryTimer?: NodeJS.Timeout;
  private heartbeatTimer?: NodeJS.Timeout;
  readonly counts = { pushed: 0, read: 0, notifications: 0, connects: 0, losses: 0 };

  constructor(private readonly options: FeedOptions) {
    this.status = options.connect ? 'connecting' : 'off';
    this.retryDelay = options.retryMs?.first ?? 100;
  }

  get state(): FeedState {
    return this.status;
  }

  /** The newest version heard or read (for tests and diagnostics; not counted as a read). */
  get latest(): string {
    return this.knownText;
  }

  /** The version to answer at when known without a round trip (the feed is live), else undefined. */
  pushed(): string | undefined {
    if (this.status !== 'live') return undefined;
    this.counts.pushed++;
    return this.knownText;
  }

  /** The version to answer at: pushed when live, read from the database otherwise. */
  async current(): Promise<string> {
    return this.pushed() ?? this.refresh();
  }

  /** Reads the version from the database now (after a write of this process, or when not live). */
  async refresh(): Promise<string> {
    const version = await this.options.read();
    this.counts.read++;
    this.note(version);
    return version;
  }

  start(): void {
    if (this.options.connect && this.status === 'connecting') void this.open();
  }

  async stop(): Promise<void> {
    this.status = 'stopped';
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeatTimer);
    const conn = this.conn;
    this.conn = undefined;
    await conn?.end().catch(() => undefined);
  }

  private note(version: string | bigint | undefined): void {
    if (version === undefined) return;
    let v: bigint;
    try {
      v = BigInt(version);
    } catch {
      return; // not a version (a foreign NOTIFY on our channel): ignored
    }
    if (v > this.known) {
      this.known = v;
      this.knownText = v.toString();
    }
  }

  private async open(): Promise<void> {
    if (this.status === 'stopped' || !this.options.connect) return;
    this.status = 'connecting';
    let conn: ListenConnection | undefined;
    try {
      conn = await this.options.connect();
      if (this.state === 'stopped') {
        await conn.end().catch(() => undefined);
        return;
      }
      this.conn = conn;
      const own = conn;
      conn.on('notification', (n) => {
        if (n.channel !== CATALOGUE_VERSION_CHANNEL) return;
        this.counts.notifications++;
        this.note(n.payload);
      });
      conn.on('error', (err) => this.lose(own, err));
      conn.on('end', () => this.lose(own));
      await conn.query(LISTEN_CATALOGUE_VERSION);
      // Read after LISTEN: a commit before this read is in it, one after it is notified.
      const { rows } = await conn.query(CATALOGUE_VERSION);
      this.note((rows[0] as CatalogueVersionRow | undefined)?.version);
      if (this.conn !== own) return; // lost while confirming
      this.status = 'live';
      this.counts.connects++;
      this.retryDelay = this.options.retryMs?.first ?? 100;
      this.heartbeat(own);
    } catch (err) {
      if (conn) this.lose(conn, err as Error);
      else this.retry(err as Error);
    }
  }

  private heartbeat(conn: ListenConnection): void {
    const every = this.options.heartbeatMs ?? 10_000;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer to the heartbeat')), every);
      });
      Promise.race([conn.query(CATALOGUE_VERSION), timeout])
        .then(({ rows }) => this.note((rows[0] as CatalogueVersionRow | undefined)?.version))
        .catch((err: Error) => this.lose(conn, err))
        .finally(() => clearTimeout(timer));
    }, every);
    this.heartbeatTimer.unref();
  }

  // Back to a read per request at once, then reconnect.
  private lose(conn: ListenConnection, err?: Error): void {
    if (this.conn !== conn) return;
    this.conn = undefined;
    clearInterval(this.heartbeatTimer);
    if (this.status === 'stopped') return;
    this.counts.losses++;
    this.status = 'lost';
    void conn.end().catch(() => undefined);
    this.retry(err);
  }

  private retry(err?: Error): void {
    if (this.status === 'stopped') return;
    this.status = 'lost';
    this.options.logger?.warn(`catalogue version feed lost (${err?.message ?? 'connection ended'}); reading the version per request, reconnecting in ${this.retryDelay} ms`);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.open(), this.retryDelay);
    this.retryTimer.unref();
    this.retryDelay = Math.min(this.retryDelay * 2, this.options.retryMs?.max ?? 5000);
  }
}

/** The application's feed: one dedicated connection (not from the pool) per API process. */
@Injectable()
export class CatalogueVersionFeed extends VersionFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  /** How the listening connection shows in pg_stat_activity (unique per process). */
  readonly applicationName: string;

  constructor(statements: Statements, @Inject(DATABASE_SETTINGS) settings: DataSourceSettings) {
    const applicationName = `${settings.applicationName ?? 'qifu-api'}:catalogue-feed:${randomBytes(4).toString('hex')}`;
    super({
      // Not on the embedded server: pglite-socket serves every connection from one backend
      // session, and a notification is not delivered to the socket that listens (checked with
      // PGlite 0.3), so there every read asks the database; it is one process anyway.
      connect: settings.listen === false
        ? undefined
        : async () => {
            const client = new Client({ connectionString: settings.url, application_name: applicationName, keepAlive: true, connectionTimeoutMillis: 3000 });
            // Until our own handlers are attached an error must not crash the process.
            client.on('error', () => undefined);
            await client.connect();
            return client;
          },
      read: async () => String((await statements.query<CatalogueVersionRow>('catalogue_version_v1', CATALOGUE_VERSION, []))[0].version),
      logger: new Logger('CatalogueVersionFeed'),
    });
    this.applicationName = applicationName;
  }

  // At bootstrap, not construction: main.ts runs the migrations between the two.
  onApplicationBootstrap(): void {
    this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
