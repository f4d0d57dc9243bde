import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { ConfigError, parseConfig } from './config/env.schema';
import { assertDatabaseCtype, UnsuitableDatabaseError } from './database/database-guards';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres';
import { runSeed } from './database/seed/seed';

async function bootstrap(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = new Logger('Bootstrap');

  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  let poolSize = config.DB_POOL_SIZE;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_DB_DIR);
    url = embedded.url;
    // PGlite refuses connections beyond its limit; a bigger pool would fail under load.
    poolSize = Math.min(poolSize, embedded.maxConnections);
  }

  const app = await createApp(config, { url, poolSize, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  const dataSource = app.get(DataSource);
  await assertDatabaseCtype(dataSource);
  if (config.MIGRATE_ON_START) await dataSource.runMigrations({ transaction: 'each' });
  if (config.SEED_ON_START) {
    const seeded = await runSeed(dataSource);
    logger.log(`Seed: ${JSON.stringify(seeded)} rows added`);
  }
  if (embedded) {
    const stopEmbedded = embedded.stop;
    app.getHttpAdapter().getInstance().addHook('onClose', async () => stopEmbedded());
  }

  await app.listen(config.PORT, config.HOST);
  const address = `http://localhost:${config.PORT}`;
  const where = embedded ? `embedded PostgreSQL in ${config.EMBEDDED_DB_DIR}` : 'DATABASE_URL';
  // Plain lines for the person who just ran `npm start`; the logs stay JSON.
  process.stdout.write(
    `\n  企服超市 Qifu is running\n    storefront: ${address}/\n    API:        ${address}/api\n    API docs:   ${address}/api/docs\n    database:   ${where}\n\n`,
  );
}

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof UnsuitableDatabaseError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Qifu could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
