import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { dynamicImport } from './dynamic-import';

/**
 * PGlite is one PostgreSQL backend behind every socket: statements from two connections
 * interleave inside it (a Parse from one, a Bind from the other → "bind message supplies 3
 * parameters, but prepared statement requires 2"). The app therefore talks to it over one
 * connection; the pool queues the rest. Real servers use DB_POOL_SIZE.
 */
export const EMBEDDED_POOL_SIZE = 1;

export interface EmbeddedPostgres {
  url: string;
  maxConnections: number;
  stop(): Promise<void>;
}

// PGlite (PostgreSQL compiled to WASM) served over the Postgres wire protocol on loopback,
// so the app's ordinary `pg` driver and SQL run unchanged against it.
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { port?: number; maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await dynamicImport<typeof import('@electric-sql/pglite')>('@electric-sql/pglite');
  const { pg_trgm } = await dynamicImport<typeof import('@electric-sql/pglite/contrib/pg_trgm')>(
    '@electric-sql/pglite/contrib/pg_trgm',
  );
  const { PGLiteSocketServer } = await dynamicImport<typeof import('@electric-sql/pglite-socket')>(
    '@electric-sql/pglite-socket',
  );
  const db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  const maxConnections = options.maxConnections ?? 10;
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections });
  await server.start();
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  return {
    url,
    maxConnections,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
