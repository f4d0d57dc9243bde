import { EventEmitter } from 'node:events';
import { VersionFeed, type ListenConnection } from './catalogue-version-feed';
import { CATALOGUE_VERSION, LISTEN_CATALOGUE_VERSION } from './catalogue-version.sql';

// The feed's states without a database: a fake listening connection whose version and failures
// the test controls, and a counter of the per-request reads.
class FakeConnection extends EventEmitter implements ListenConnection {
  readonly queries: string[] = [];
  ended = false;
  constructor(private readonly db: FakeDb) {
    super();
  }
  async query(text: string): Promise<{ rows: unknown[] }> {
    this.queries.push(text);
    if (this.db.failQueries) throw new Error('connection reset');
    return { rows: text === CATALOGUE_VERSION ? [{ version: String(this.db.version) }] : [] };
  }
  async end(): Promise<void> {
    this.ended = true;
  }
  notify(payload: string, channel = 'catalogue_version'): void {
    this.emit('notification', { channel, payload });
  }
}

class FakeDb {
  version = 7;
  reads = 0;
  failConnects = 0;
  failQueries = false;
  readonly connections: FakeConnection[] = [];
  connect = async (): Promise<ListenConnection> => {
    if (this.failConnects > 0) {
      this.failConnects--;
      throw new Error('ECONNREFUSED');
    }
    const c = new FakeConnection(this);
    this.connections.push(c);
    return c;
  };
  read = async (): Promise<string> => {
    this.reads++;
    return String(this.version);
  };
  get last(): FakeConnection {
    return this.connections[this.connections.length - 1];
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));
async function until(ok: () => boolean, ms = 1000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('VersionFeed', () => {
  let db: FakeDb;
  let feed: VersionFeed;
  const make = (withConnect = true) => {
    db = new FakeDb();
    feed = new VersionFeed({ connect: withConnect ? db.connect : undefined, read: db.read, retryMs: { first: 5, max: 20 }, heartbeatMs: 60_000 });
    return feed;
  };
  afterEach(async () => {
    await feed?.stop();
  });

  it('without a listening connection (embedded server) reads the version on every request', async () => {
    make(false);
    feed.start();
    expect(feed.state).toBe('off');
    expect(await feed.current()).toBe('7');
    db.version = 8;
    expect(await feed.current()).toBe('8');
    expect(db.reads).toBe(2);
    expect(feed.pushed()).toBeUndefined();
  });

  it('reads per request until it is listening, LISTENs before it reads the version, then pushes with no read', async () => {
    make();
    expect(feed.pushed()).toBeUndefined();
    expect(await feed.current()).toBe('7');
    expect(db.reads).toBe(1);
    feed.start();
    await until(() => feed.state === 'live');
    expect(db.last.queries.slice(0, 2)).toEqual([LISTEN_CATALOGUE_VERSION, CATALOGUE_VERSION]);
    db.version = 9;
    db.last.notify('9');
    expect(feed.pushed()).toBe('9');
    expect(await feed.current()).toBe('9');
    expect(db.reads).toBe(1);
    expect(feed.counts.pushed).toBe(2);
  });

  it('keeps the newest version: late, foreign and malformed notifications change nothing', async () => {
    make();
    feed.start();
    await until(() => feed.state === 'live');
    db.last.notify('12');
    db.last.notify('10');
    db.last.notify('not a number');
    db.last.notify('99', 'some_other_channel');
    expect(feed.pushed()).toBe('12');
  });

  it('falls back to a read per request the moment the connection errors, and reconnects and re-reads', async () => {
    make();
    feed.start();
    await until(() => feed.state === 'live');
    const first = db.last;
    first.emit('error', new Error('terminating connection due to administrator command'));
    expect(feed.state).toBe('lost');
    expect(first.ended).toBe(true);
    // A commit made while nobody listened: seen by the next read.
    db.version = 15;
    expect(await feed.current()).toBe('15');
    expect(db.reads).toBe(1);
    // Another commit before the reconnect: the version read after the new LISTEN brings it.
    db.version = 17;
    await until(() => feed.state === 'live');
    expect(db.connections).toHaveLength(2);
    expect(feed.pushed()).toBe('17');
    db.last.notify('18');
    expect(feed.pushed()).toBe('18');
    expect(db.reads).toBe(1);
    // The old connection's late events are ignored.
    first.emit('end');
    expect(feed.state).toBe('live');
    expect(feed.counts).toMatchObject({ connects: 2, losses: 1 });
  });

  it('an end without an error also falls back', async () => {
    make();
    feed.start();
    await until(() => feed.state === 'live');
    db.last.emit('end');
    expect(feed.state).toBe('lost');
    expect(feed.pushed()).toBeUndefined();
  });

  it('retries a refused connection with growing delays and is live once it connects', async () => {
    make();
    db.failConnects = 3;
    feed.start();
    await tick();
    expect(feed.state).toBe('lost');
    await until(() => feed.state === 'live');
    expect(db.connections).toHaveLength(1);
  });

  it('is not live when the version cannot be read after LISTEN', async () => {
    make();
    db.failQueries = true;
    feed.start();
    await until(() => db.connections.length >= 2);
    expect(feed.state).not.toBe('live');
    db.failQueries = false;
    await until(() => feed.state === 'live');
  });

  it('a write of this process reads the version even while live', async () => {
    make();
    feed.start();
    await until(() => feed.state === 'live');
    db.version = 20; // committed; its notification not here yet
    expect(await feed.refresh()).toBe('20');
    expect(feed.pushed()).toBe('20');
  });

  it('stops: no reconnect after the connection ends', async () => {
    make();
    feed.start();
    await until(() => feed.state === 'live');
    const conn = db.last;
    await feed.stop();
    expect(conn.ended).toBe(true);
    conn.emit('end');
    await new Promise((r) => setTimeout(r, 30));
    expect(db.connections).toHaveLength(1);
    expect(feed.state).toBe('stopped');
  });
});
