import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  applicationName?: string;
  /** Whether hot statements may be named prepared statements (see Statements); not on the embedded server. */
  preparedStatements?: boolean;
  /** Whether the server delivers LISTEN/NOTIFY to a dedicated connection (see CatalogueVersionFeed); not the embedded one. */
  listen?: boolean;
  /** The embedded PGlite (one backend behind every socket): the job queue then shares the app's connection. */
  embedded?: boolean;
}

// One place that builds the TypeORM options: the app, the CLI scripts and the tests share it.
// `synchronize` stays off: the schema changes only through checked-in migrations.
export function dataSourceOptions(s: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: s.url,
    // No entities: every table is reached through the SQL modules (modules/*/*.sql.ts).
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Extensions come from migrations (pg_trgm); uuids use the built-in gen_random_uuid().
    installExtensions: false,
    // Query errors are logged by the exception filter when unexpected; expected ones (a unique
    // violation turned into a 409) must not flood the log.
    logging: ['migration', 'warn'],
    extra: {
      max: s.poolSize,
      // Fail fast when the server is gone rather than queue requests behind a dead socket.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      statement_timeout: s.statementTimeoutMs,
      // No JIT compilation: our statements are short, but a few (the statistics breakdowns, the
      // intent list's counts) are estimated above jit_above_cost and paid 0.2–1 s of compiling
      // per execution at 1M intents, never earned back. (The embedded server has no JIT.)
      ...(s.embedded ? {} : { options: '-c jit=off' }),
      application_name: s.applicationName ?? 'qifu-api',
      keepAlive: true,
    },
  };
}

export function createDataSource(s: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(s));
}
